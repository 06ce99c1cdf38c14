package org.pressarchive.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressarchive.ingest.SourceReader;
import org.pressarchive.parse.FrenchReleaseParser;
import org.pressarchive.render.OutputSet;
import org.pressarchive.render.RenderTask;

class SiteGeneratorTest {
    static final Path SEED = Path.of("seeds/000_c3a0a43d85b2b77a.txt");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    static SiteGenerator generator(List<OutputSet> outputs) {
        return new SiteGenerator(FrenchReleaseParser.standard(), SourceReader.standard(), CLOCK, outputs);
    }

    private Path seedInput() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(SEED, in.resolve(SEED.getFileName()));
        return in;
    }

    static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    @Test
    void twoBuildsOfTheSameInputGiveIdenticalBytes() throws Exception {
        Path in = seedInput();
        generator(SiteGenerator.standardOutputs()).build(BuildOptions.of(in, tmp.resolve("a")), BuildListener.NONE);
        generator(SiteGenerator.standardOutputs()).build(BuildOptions.of(in, tmp.resolve("b")), BuildListener.NONE);
        Map<String, byte[]> a = tree(tmp.resolve("a"));
        Map<String, byte[]> b = tree(tmp.resolve("b"));
        assertThat(a.keySet()).isEqualTo(b.keySet()).isNotEmpty();
        a.forEach((k, v) -> assertThat(b.get(k)).as(k).isEqualTo(v));
    }

    @Test
    void aRendererFailingMidBuildLeavesThePreviousOutputIdentical() throws Exception {
        Path in = seedInput();
        Path out = tmp.resolve("out");
        generator(SiteGenerator.standardOutputs()).build(BuildOptions.of(in, out), BuildListener.NONE);
        Map<String, byte[]> before = tree(out);

        Files.writeString(in.resolve("second.txt"), "Un autre communiqué.\n");
        List<OutputSet> failing = new ArrayList<>(SiteGenerator.standardOutputs());
        failing.add(1, site -> List.of(new RenderTask("boom.html", () -> {
            throw new IllegalStateException("template exploded");
        })));
        assertThatThrownBy(() -> generator(failing).build(BuildOptions.of(in, out), BuildListener.NONE))
                .hasMessageContaining("template exploded");

        Map<String, byte[]> after = tree(out);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((k, v) -> assertThat(after.get(k)).as(k).isEqualTo(v));
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in", "out", "out.cache");
        }
    }

    @Test
    void rebuildingReplacesTheOutputAndKeepsRootDotfilesAndCname() throws Exception {
        Path in = seedInput();
        Path out = tmp.resolve("out");
        generator(SiteGenerator.standardOutputs()).build(BuildOptions.of(in, out), BuildListener.NONE);
        Files.writeString(out.resolve("CNAME"), "archive.example.org\n");
        Files.createDirectories(out.resolve(".git"));
        Files.writeString(out.resolve(".git/HEAD"), "ref: refs/heads/gh-pages\n");
        Files.writeString(out.resolve("stale.html"), "old page");
        generator(SiteGenerator.standardOutputs()).build(BuildOptions.of(in, out), BuildListener.NONE);
        assertThat(out.resolve("stale.html")).doesNotExist();
        assertThat(out.resolve("CNAME")).hasContent("archive.example.org");
        assertThat(out.resolve(".git/HEAD")).exists();
        assertThat(out.resolve("index.html")).exists();
    }

    @Test
    void aBadFileIsReportedAndTheOthersStillBuild() throws Exception {
        Path in = seedInput();
        Files.write(in.resolve("binary.txt"), new byte[] {1, 2, 0, 3});
        Files.write(in.resolve("empty.md"), new byte[0]);
        BuildReport report = generator(SiteGenerator.standardOutputs())
                .build(BuildOptions.of(in, tmp.resolve("out")), BuildListener.NONE);
        assertThat(report.releases()).isEqualTo(1);
        assertThat(report.problems()).extracting(Problem::toString)
                .anySatisfy(s -> assertThat(s).startsWith("in/binary.txt").contains("binary"))
                .anySatisfy(s -> assertThat(s).startsWith("in/empty.md").contains("empty"));
    }

    @Test
    void outputInsideTheInputIsRefused() throws Exception {
        Path in = seedInput();
        assertThatThrownBy(() -> generator(SiteGenerator.standardOutputs())
                .build(BuildOptions.of(in, in.resolve("site")), BuildListener.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining("inside the input folder");
        assertThat(in.resolve("site")).doesNotExist();
    }

    @Test
    void collidingIdsGetADeterministicSuffix() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "Même titre.\n");
        Files.writeString(in.resolve("b.txt"), "Même titre.\n");
        generator(SiteGenerator.standardOutputs()).build(BuildOptions.of(in, tmp.resolve("out")), BuildListener.NONE);
        assertThat(tmp.resolve("out/communiques/meme-titre.html")).exists();
        assertThat(tmp.resolve("out/communiques/meme-titre-2.html")).exists();
    }

    @Test
    void unchangedFilesKeepTheirModificationTimeAcrossBuilds() throws Exception {
        Path in = seedInput();
        Path out = tmp.resolve("out");
        generator(SiteGenerator.standardOutputs()).build(BuildOptions.of(in, out), BuildListener.NONE);
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("assets/site.css"), old);
        Files.setLastModifiedTime(out.resolve("index.html"), old);
        Files.writeString(in.resolve("zz-new.txt"), "Un nouveau communiqué.\n");
        generator(SiteGenerator.standardOutputs()).build(BuildOptions.of(in, out), BuildListener.NONE);
        assertThat(Files.getLastModifiedTime(out.resolve("assets/site.css"))).isEqualTo(old);
        assertThat(Files.getLastModifiedTime(out.resolve("index.html"))).isNotEqualTo(old);
    }
}
