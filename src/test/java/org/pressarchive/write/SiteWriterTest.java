package org.pressarchive.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build over a previous output: what is kept, replaced and deleted. */
class SiteWriterTest {
    @TempDir
    Path dir;

    private Path build(SiteWriter writer, String... files) throws Exception {
        try (SiteWriter.Staging s = writer.open(dir.resolve("in"))) {
            for (String f : files) {
                s.write(f, f.getBytes(StandardCharsets.UTF_8));
            }
            s.commit();
        }
        return writer.output();
    }

    @Test
    void aRebuildDeletesWhatItNoLongerMakesAndKeepsTheRest() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        SiteWriter writer = new SiteWriter(dir.resolve("out"));
        Path out = build(writer, "index.html", "a/one.html", "a/two.html", "b/c/deep.html", "gone/x.html", "kept.css");
        FileTime old = FileTime.fromMillis(1_500_000_000_000L);
        Files.setLastModifiedTime(out.resolve("a/one.html"), old);
        Files.writeString(out.resolve("CNAME"), "archive.example.org\n");
        Files.createDirectories(out.resolve(".git/refs"));
        Files.writeString(out.resolve(".git/HEAD"), "ref");
        Files.writeString(out.resolve("a/stray.html"), "not made by a build");
        Files.createDirectories(out.resolve("a/stray-folder/inner"));
        Files.writeString(out.resolve("a/stray-folder/inner/f.txt"), "x");
        Files.createSymbolicLink(out.resolve("b/link"), dir.resolve("in"));

        try (SiteWriter.Staging s = writer.open(dir.resolve("in"))) {
            s.write("index.html", "new index".getBytes(StandardCharsets.UTF_8));
            assertThat(s.keep("a/one.html")).isTrue();
            s.write("a/two.html", "a/two.html".getBytes(StandardCharsets.UTF_8)); // same bytes: kept
            s.write("b/c/deep.html", "b/c/deep.html".getBytes(StandardCharsets.UTF_8));
            s.write("kept.css", "kept.css".getBytes(StandardCharsets.UTF_8));
            s.commit();
        }

        assertThat(out.resolve("index.html")).hasContent("new index");
        assertThat(Files.getLastModifiedTime(out.resolve("a/one.html"))).isEqualTo(old);
        assertThat(out.resolve("a/two.html")).hasContent("a/two.html");
        assertThat(out.resolve("gone")).doesNotExist();
        assertThat(out.resolve("a/stray.html")).doesNotExist();
        assertThat(out.resolve("a/stray-folder")).doesNotExist();
        assertThat(Files.exists(out.resolve("b/link"), java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(dir.resolve("in")).isDirectory(); // the link was deleted, not what it pointed at
        assertThat(out.resolve("CNAME")).hasContent("archive.example.org");
        assertThat(out.resolve(".git/HEAD")).hasContent("ref");
        assertThat(out.resolve(SiteWriter.MARKER)).isRegularFile();
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("in", "out");
        }
    }

    @Test
    void keepingNeedsAPreviousOutput() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        SiteWriter writer = new SiteWriter(dir.resolve("out"));
        try (SiteWriter.Staging s = writer.open(dir.resolve("in"))) {
            assertThat(s.keep("index.html")).isFalse();
        }
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
