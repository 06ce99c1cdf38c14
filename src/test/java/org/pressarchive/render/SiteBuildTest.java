package org.pressarchive.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressarchive.build.BuildListener;
import org.pressarchive.build.BuildOptions;
import org.pressarchive.build.SiteGenerator;
import org.pressarchive.ingest.SourceReader;
import org.pressarchive.parse.FrenchReleaseParser;
import org.pressarchive.testing.LinkCheck;
import org.pressarchive.testing.SeedFixture;
import org.pressarchive.testing.SiteFixture;

import static org.assertj.core.api.Assertions.assertThat;

class SiteBuildTest {
    static final String BASE = "https://user.github.io/repo/";

    @Test
    void buildsTheSeedFolderWithEveryPageKindAndCleanLinks(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        new SiteGenerator(FrenchReleaseParser.standard(), SourceReader.standard(),
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), SiteGenerator.standardOutputs())
                .build(new BuildOptions(Path.of("seeds"), out, null, null, BASE, List.of(), false), BuildListener.NONE);
        for (String prefix : List.of("", "en/")) {
            assertThat(out.resolve(prefix + "index.html")).isRegularFile();
            assertThat(out.resolve(prefix + "archives/index.html")).isRegularFile();
            assertThat(out.resolve(prefix + "intervenants/index.html")).isRegularFile();
            assertThat(out.resolve(prefix + "pays/index.html")).isRegularFile();
            assertThat(out.resolve(prefix + "themes/index.html")).isRegularFile();
            assertThat(out.resolve(prefix + "feed.xml")).isRegularFile();
            assertThat(out.resolve(prefix + "themes/ocs.html")).isRegularFile();
        }
        assertThat(out.resolve("sitemap.xml")).isRegularFile();
        assertThat(out.resolve("robots.txt")).isRegularFile();
        assertThat(out.resolve("data/communiques.json")).isRegularFile();
        assertThat(out.resolve("assets/cite.js")).isRegularFile();
        LinkCheck.assertClean(out);
    }

    @Test
    void buildsTheModelledSeedWithEveryPageKindAndCleanLinks(@TempDir Path tmp) throws Exception {
        Path out = SiteFixture.build(tmp, List.of(SeedFixture.release()), BASE);
        for (String prefix : List.of("", "en/")) {
            for (String page : List.of("communiques/" + SeedFixture.ID + ".html", "archives/2025.html",
                    "archives/2025-10.html", "intervenants/wang-yi.html", "intervenants/yermek-kosherbayev.html",
                    "pays/chine.html", "pays/kazakhstan.html", "themes/ocs.html", "themes/ceinture-et-route.html",
                    "themes/pcc.html", "themes/oimed.html", "themes/onu.html")) {
                assertThat(out.resolve(prefix + page)).as(prefix + page).isRegularFile();
            }
        }
        LinkCheck.assertClean(out);
    }

    @Test
    void withoutBaseUrlSkipsFeedSitemapAndRobotsButLinksStayClean(@TempDir Path tmp) throws Exception {
        Path out = SiteFixture.build(tmp, List.of(SeedFixture.release()), null);
        assertThat(out.resolve("feed.xml")).doesNotExist();
        assertThat(out.resolve("sitemap.xml")).doesNotExist();
        assertThat(out.resolve("robots.txt")).doesNotExist();
        assertThat(SiteFixture.read(out, "index.html")).doesNotContain("og:url").doesNotContain("rel=\"canonical\"");
        LinkCheck.assertClean(out);
    }

    @Test
    void buildingTwiceGivesTheSameBytes(@TempDir Path tmp) throws Exception {
        List<org.pressarchive.model.Release> releases = org.pressarchive.testing.GeneratedArchive.releases(30);
        Path a = SiteFixture.build(tmp.resolve("a"), releases, BASE);
        List<org.pressarchive.model.Release> reversed = new java.util.ArrayList<>(releases);
        java.util.Collections.reverse(reversed);
        Path b = SiteFixture.build(tmp.resolve("b"), reversed, BASE);
        assertThat(contents(b)).isEqualTo(contents(a));
    }

    private static Map<String, String> contents(Path root) throws Exception {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p).toString(), Files.readString(p));
            }
        }
        return m;
    }
}
