package org.pressarchive.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code build --watch} reacts to. */
class ChangeWatcherTest {
    private static final Duration QUIET = Duration.ofMillis(50);
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Long enough for an event to arrive if one were coming (inotify delivers in milliseconds). */
    private static final Duration NOTHING = Duration.ofMillis(700);

    @TempDir
    Path dir;

    @Test
    void anEditedReleaseIsAChange() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Path release = Files.writeString(input.resolve("a.txt"), "Texte.\n");
        try (ChangeWatcher w = new ChangeWatcher(input, null, null, QUIET)) {
            Files.writeString(release, "Texte modifié.\n");
            assertThat(w.awaitChange(WAIT)).containsExactly(release.toAbsolutePath().normalize());
            assertThat(w.awaitChange(NOTHING)).isEmpty();
        }
    }

    @Test
    void theWatchStopsWithAMessageWhenTheInputFolderIsDeleted() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("a.txt"), "Texte.\n");
        try (ChangeWatcher w = new ChangeWatcher(input, null, null, QUIET)) {
            Files.delete(input.resolve("a.txt"));
            Files.delete(input);
            // the file's deletion may come as a change first; then the folder's end stops the watch
            assertThatThrownBy(() -> {
                for (int i = 0; i < 3; i++) {
                    w.awaitChange(WAIT);
                }
            }).isInstanceOf(java.io.IOException.class)
                    .hasMessageContaining(input.toAbsolutePath().normalize().toString())
                    .hasMessageContaining("deleted");
        }
    }

    @Test
    void anInputFolderReplacedByANewOneIsWatchedAgain() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("a.txt"), "Texte.\n");
        Path in = input.toAbsolutePath().normalize();
        try (ChangeWatcher w = new ChangeWatcher(input, null, null, QUIET)) {
            Files.delete(input.resolve("a.txt"));
            Files.delete(input);
            Files.createDirectories(input);
            Files.writeString(input.resolve("b.txt"), "Texte.\n");
            java.util.Set<Path> changed = new java.util.TreeSet<>();
            for (int i = 0; i < 3 && !changed.contains(in); i++) {
                changed.addAll(w.awaitChange(WAIT));
            }
            assertThat(changed).contains(in);
            // the new folder is watched: an edit in it is a change
            Path c = Files.writeString(input.resolve("c.txt"), "Texte.\n");
            Set<Path> next = w.awaitChange(WAIT);
            for (int i = 0; i < 3 && !next.contains(c.toAbsolutePath().normalize()); i++) {
                next = w.awaitChange(WAIT);
            }
            assertThat(next).contains(c.toAbsolutePath().normalize());
        }
    }

    @Test
    void aBurstOfWritesIsOneChange() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        try (ChangeWatcher w = new ChangeWatcher(input, null, null, Duration.ofMillis(300))) {
            for (int i = 0; i < 5; i++) {
                Files.writeString(input.resolve(i + ".txt"), "Texte " + i + ".\n");
            }
            assertThat(w.awaitChange(WAIT)).hasSize(5);
            assertThat(w.awaitChange(NOTHING)).isEmpty();
        }
    }

    @Test
    void releasesOfANewSubfolderAreWatchedToo() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        try (ChangeWatcher w = new ChangeWatcher(input, null, null, QUIET)) {
            Path sub = Files.createDirectories(input.resolve("2024"));
            assertThat(w.awaitChange(WAIT)).contains(sub.toAbsolutePath().normalize());
            Path release = Files.writeString(sub.resolve("b.md"), "Texte.\n");
            Set<Path> changed = w.awaitChange(WAIT);
            assertThat(changed).contains(release.toAbsolutePath().normalize());
        }
    }

    @Test
    void editorFilesAndHiddenFilesAreNotChanges() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.createDirectories(input.resolve(".git"));
        try (ChangeWatcher w = new ChangeWatcher(input, null, null, QUIET)) {
            Files.writeString(input.resolve(".a.txt.swp"), "swap");
            Files.writeString(input.resolve("a.txt~"), "backup");
            Files.writeString(input.resolve("4913"), "");
            Files.delete(input.resolve("4913"));
            Files.writeString(input.resolve(".git/index"), "git");
            Files.writeString(input.resolve("notes.html"), "not a release");
            assertThat(w.awaitChange(NOTHING)).isEmpty();
        }
    }

    @Test
    void anyThemeFileAndTheConfigurationAreChanges() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Path theme = Files.createDirectories(dir.resolve("theme/assets"));
        Path config = Files.writeString(dir.resolve("site.yaml"), "title: Archive\n");
        try (ChangeWatcher w = new ChangeWatcher(input, dir.resolve("theme"), config, QUIET)) {
            Path css = Files.writeString(theme.resolve("site.css"), "body {}\n");
            assertThat(w.awaitChange(WAIT)).containsExactly(css.toAbsolutePath().normalize());
            Files.writeString(config, "title: Archives\n");
            assertThat(w.awaitChange(WAIT)).containsExactly(config.toAbsolutePath().normalize());
            Files.writeString(dir.resolve("other.yaml"), "x: 1\n"); // beside the configuration, not it
            assertThat(w.awaitChange(NOTHING)).isEmpty();
        }
    }

    @Test
    void aDeletedReleaseOrFolderIsAChange() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Path sub = Files.createDirectories(input.resolve("old"));
        Path release = Files.writeString(sub.resolve("c.txt"), "Texte.\n");
        try (ChangeWatcher w = new ChangeWatcher(input, null, null, QUIET)) {
            Files.delete(release);
            Files.delete(sub);
            assertThat(w.awaitChange(WAIT)).contains(release.toAbsolutePath().normalize());
        }
    }
}
