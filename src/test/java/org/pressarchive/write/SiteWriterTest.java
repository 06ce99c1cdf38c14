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

    /** The pid of a process that has ended. */
    private static long endedPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void foldersLeftBesideTheOutputByAStoppedBuildAreClearedAwayByTheNext() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        SiteWriter writer = new SiteWriter(dir.resolve("out"));
        Path out = build(writer, "index.html", "a/one.html");
        long ended = endedPid();
        long alive = ProcessHandle.current().pid();
        // a build stopped mid-way (Ctrl-C) and a swap stopped after its first rename, both of ended processes
        Path staging = Files.createDirectories(dir.resolve("out.staging-" + ended + "-0123456789ab/a"));
        Files.writeString(staging.resolve("half.html"), "half");
        Path setAside = Files.createDirectories(dir.resolve("out.old-" + ended + "-0123456789ab"));
        Files.writeString(setAside.resolve("index.html"), "an older site");
        // a build still running (this process), and folders that are not a build's
        Path running = Files.createDirectories(dir.resolve("out.staging-" + alive + "-0123456789ab"));
        Path notOurs = Files.createDirectories(dir.resolve("out.staging-notes"));
        Path otherOutput = Files.createDirectories(dir.resolve("outer.staging-" + ended + "-0123456789ab"));

        build(writer, "index.html", "a/one.html", "a/two.html");

        assertThat(staging.getParent()).doesNotExist();
        assertThat(setAside).doesNotExist();
        assertThat(running).isDirectory();
        assertThat(notOurs).isDirectory();
        assertThat(otherOutput).isDirectory();
        assertThat(out.resolve("a/two.html")).hasContent("a/two.html");
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("in", "out", "out.staging-" + alive + "-0123456789ab", "out.staging-notes",
                            "outer.staging-" + ended + "-0123456789ab");
        }
    }

    @Test
    void aSwapStoppedBeforeTheNewOutputTookItsPlaceIsUndoneByTheNextBuild() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        SiteWriter writer = new SiteWriter(dir.resolve("out"));
        Path out = build(writer, "index.html", "a/one.html");
        Files.writeString(out.resolve("CNAME"), "archive.example.org\n");
        // the process ended between moving the output aside and moving the staged one in
        Path setAside = dir.resolve("out.old-" + endedPid() + "-0123456789ab");
        Files.move(out, setAside);

        try (SiteWriter.Staging s = writer.open(dir.resolve("in"))) {
            assertThat(out.resolve("index.html")).as("the previous site is back before anything else").hasContent("index.html");
            s.write("index.html", "new".getBytes(StandardCharsets.UTF_8));
            s.commit();
        }
        assertThat(setAside).doesNotExist();
        assertThat(out.resolve("index.html")).hasContent("new");
        assertThat(out.resolve("CNAME")).hasContent("archive.example.org");
        assertThat(out.resolve("a/one.html")).doesNotExist();
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
