package org.pressarchive.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.pressarchive.testing.LinkCheck;
import org.pressarchive.testing.SeedFixture;
import org.pressarchive.testing.SiteFixture;

import static org.assertj.core.api.Assertions.fail;

/**
 * Golden pages of the seed release, parsed by the real parser: compared byte for byte with {@code src/test/resources/golden/seed/}. Run with
 * {@code -Dgolden.update=true} to rewrite them, then review the diff. On a mismatch the actual
 * page is written under {@code target/golden-actual/} and a diff is printed.
 */
class GoldenPagesTest {
    static final Path GOLDEN = Path.of("src/test/resources/golden/seed");
    static final Path ACTUAL = Path.of("target/golden-actual/seed");

    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        Path seed = Path.of("seeds/000_c3a0a43d85b2b77a.txt");
        var release = org.pressarchive.parse.FrenchReleaseParser.standard().parse(
                org.pressarchive.ingest.SourceReader.standard().read("seeds/" + seed.getFileName(),
                        seed.getFileName().toString(), Files.readAllBytes(seed)));
        site = SiteFixture.build(tmp, List.of(release), "https://example.org/archive/");
        LinkCheck.assertClean(site);
    }

    @ParameterizedTest
    @ValueSource(strings = {"communiques/" + SeedFixture.ID + ".html", "communiques/" + SeedFixture.ID + ".json",
            "index.html", "archives/2025-10.html",
            "intervenants/wang-yi.html", "en/intervenants/wang-yi.html"})
    void pageMatchesGolden(String page) throws Exception {
        byte[] actual = Files.readAllBytes(site.resolve(page));
        Path golden = GOLDEN.resolve(page);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.write(golden, actual);
            return;
        }
        if (!Files.exists(golden)) {
            fail("no golden file " + golden + ": run with -Dgolden.update=true and review it");
        }
        byte[] expected = Files.readAllBytes(golden);
        if (!java.util.Arrays.equals(expected, actual)) {
            Path out = ACTUAL.resolve(page);
            Files.createDirectories(out.getParent());
            Files.write(out, actual);
            fail(page + " differs from " + golden + " (actual in " + out + "):\n"
                    + diff(new String(expected, StandardCharsets.UTF_8), new String(actual, StandardCharsets.UTF_8)));
        }
    }

    /** A small line diff: each differing region with two lines of context. */
    static String diff(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                lines.add("  " + a.get(i));
                i++;
                j++;
            } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                lines.add("+ " + b.get(j++));
            } else {
                lines.add("- " + a.get(i++));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < lines.size(); k++) {
            boolean near = false;
            for (int d = -2; d <= 2; d++) {
                int n = k + d;
                if (n >= 0 && n < lines.size() && !lines.get(n).startsWith("  ")) {
                    near = true;
                }
            }
            if (near) {
                sb.append(k + 1).append(": ").append(lines.get(k)).append('\n');
            }
        }
        return sb.toString();
    }
}
