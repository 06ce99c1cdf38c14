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
}
