package org.pressarchive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceScannerTest {
    @TempDir
    Path dir;

    @Test
    void findsReleaseFilesSortedByRelativeNameWithTheirStamps() throws Exception {
        Files.createDirectories(dir.resolve("b/sub"));
        Files.createDirectories(dir.resolve(".hidden"));
        Files.writeString(dir.resolve("b/sub/z.txt"), "z");
        Files.writeString(dir.resolve("b/a.MD"), "aa");
        Files.writeString(dir.resolve("a.txt"), "aaa");
        Files.writeString(dir.resolve("b.txt"), "bbbb");
        Files.writeString(dir.resolve(".hidden/x.txt"), "x");
        Files.writeString(dir.resolve(".x.txt"), "x");
        Files.writeString(dir.resolve("notes.html"), "x");
        Files.setLastModifiedTime(dir.resolve("a.txt"), FileTime.fromMillis(1_600_000_000_123L));

        List<SourceScanner.Found> found = new SourceScanner().find(dir);

        assertThat(found).extracting(SourceScanner.Found::name)
                .containsExactly("a.txt", "b.txt", "b/a.MD", "b/sub/z.txt");
        for (SourceScanner.Found f : found) {
            BasicFileAttributes a = Files.readAttributes(f.path(), BasicFileAttributes.class);
            assertThat(f.size()).isEqualTo(a.size());
            assertThat(f.modified()).isEqualTo(a.lastModifiedTime().toMillis());
            assertThat(SourceScanner.relativeName(dir, f.path())).isEqualTo(f.name());
        }
        assertThat(found.get(0).modified()).isEqualTo(1_600_000_000_123L);
        assertThat(new SourceScanner().scan(dir)).isEqualTo(found.stream().map(SourceScanner.Found::path).toList());
    }

    @Test
    void aLinkToAReleaseCountsAndADanglingLinkIsSkipped() throws Exception {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Path target = Files.writeString(outside.resolve("real.txt"), "texte");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.createSymbolicLink(in.resolve("linked.txt"), target);
        Files.createSymbolicLink(in.resolve("dangling.txt"), outside.resolve("missing.txt"));

        List<SourceScanner.Found> found = new SourceScanner().find(in);

        assertThat(found).extracting(SourceScanner.Found::name).containsExactly("linked.txt");
        assertThat(found.get(0).size()).isEqualTo(5);
    }

    /** An earlier scan updated with the changed paths gives what a new walk gives. */
    @Test
    void anUpdatedScanEqualsANewWalk() throws Exception {
        SourceScanner scanner = new SourceScanner();
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("a.txt"), "a");
        Files.writeString(dir.resolve("b/c.md"), "c");
        Files.writeString(dir.resolve("d.txt"), "d");
        Path outside = Files.createDirectories(dir.resolve(".elsewhere")).resolve("target.txt"); // not scanned, not watched
        Files.writeString(outside, "target");
        Files.createSymbolicLink(dir.resolve("link.txt"), outside);
        List<SourceScanner.Found> earlier = scanner.find(dir);

        Files.writeString(dir.resolve("a.txt"), "a, longer");
        Files.delete(dir.resolve("d.txt"));
        Files.writeString(dir.resolve("e.txt"), "e");
        Files.writeString(dir.resolve(".swap.txt"), "not a release");
        Files.writeString(outside, "the link's target changed, unseen by a watch of the folder");
        List<SourceScanner.Found> updated = scanner.update(dir, earlier,
                List.of(dir.resolve("a.txt"), dir.resolve("d.txt"), dir.resolve("e.txt"), dir.resolve(".swap.txt"),
                        dir.getParent().resolve("site.yaml")));
        assertThat(updated).isEqualTo(scanner.find(dir));
        assertThat(updated).extracting(SourceScanner.Found::name).containsExactly("a.txt", "b/c.md", "e.txt", "link.txt");

        // a new folder: its files were never reported one by one, so the folder is walked again
        Files.createDirectories(dir.resolve("new/deeper"));
        Files.writeString(dir.resolve("new/deeper/f.txt"), "f");
        assertThat(scanner.update(dir, updated, List.of(dir.resolve("new")))).isEqualTo(scanner.find(dir));
        // a folder deleted
        List<SourceScanner.Found> withNew = scanner.find(dir);
        Files.delete(dir.resolve("b/c.md"));
        Files.delete(dir.resolve("b"));
        assertThat(scanner.update(dir, withNew, List.of(dir.resolve("b")))).isEqualTo(scanner.find(dir));
        // nothing reported: nothing looked at but links
        assertThat(scanner.update(dir, withNew, List.of())).isEqualTo(withNew);
    }
}
