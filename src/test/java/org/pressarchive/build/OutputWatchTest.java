package org.pressarchive.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a watch of the output folder tells the next build of a watching process. */
class OutputWatchTest {
    @TempDir
    Path tmp;

    private Path site() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("site"));
        Files.createDirectories(out.resolve("communiques"));
        Files.createDirectories(out.resolve("search/fr"));
        Files.writeString(out.resolve("index.html"), "home");
        Files.writeString(out.resolve("communiques/a.html"), "a");
        Files.createDirectories(tmp.resolve("site.cache"));
        return out;
    }

    @Test
    void aChangeMadeJustBeforeTheQuestionIsInTheAnswer() throws Exception {
        Path out = site();
        OutputWatch watch = OutputWatch.start(out, tmp.resolve("site.cache"));
        try {
            assertThat(watch.changes()).isEmpty();
            for (int i = 0; i < 50; i++) {
                Files.writeString(out.resolve("communiques/b" + i + ".html"), "b");
                Files.writeString(out.resolve("search/fr/x.js"), "x" + i);
                assertThat(watch.changes()).as("round " + i)
                        .isEqualTo(Set.of("communiques/b" + i + ".html", "search/fr/x.js"));
            }
            Files.delete(out.resolve("communiques/a.html"));
            Files.writeString(out.resolve("index.html"), "edited");
            assertThat(watch.changes()).isEqualTo(Set.of("communiques/a.html", "index.html"));
            assertThat(watch.changes()).isEmpty();
        } finally {
            watch.close();
        }
    }

    @Test
    void aHiddenFolderAtTheRootIsNotWatched() throws Exception {
        Path out = site();
        Files.createDirectories(out.resolve(".git"));
        OutputWatch watch = OutputWatch.start(out, tmp.resolve("site.cache"));
        try {
            Files.writeString(out.resolve(".git/HEAD"), "ref");
            Files.createDirectories(out.resolve(".git/objects"));
            assertThat(watch.changes()).isEmpty();
        } finally {
            watch.close();
        }
    }

    @Test
    void whatTheWatchMayHaveMissedIsUnknown() throws Exception {
        Path out = site();
        Path own = tmp.resolve("site.cache");
        OutputWatch created = OutputWatch.start(out, own);
        OutputWatch replaced = null;
        OutputWatch removed = null;
        try {
            Files.createDirectories(out.resolve("pays")); // files made in it before it is watched are unseen
            assertThat(created.changes()).isNull();
            assertThat(created.changes()).as("lost stays lost").isNull();

            replaced = OutputWatch.start(out, own);
            Path old = out.resolve("communiques");
            Files.move(old, out.resolve("old"));
            Files.createDirectories(old);
            assertThat(replaced.changes()).isNull();

            removed = OutputWatch.start(out, own);
            Files.delete(out.resolve("search/fr"));
            assertThat(removed.changes()).isNull();
        } finally {
            created.close();
            if (replaced != null) {
                replaced.close();
            }
            if (removed != null) {
                removed.close();
            }
        }
        OutputWatch noOutput = OutputWatch.start(tmp.resolve("none"), own);
        OutputWatch noOwnFolder = OutputWatch.start(out, tmp.resolve("no-cache"));
        try {
            assertThat(noOutput.changes()).isNull();
            assertThat(noOwnFolder.changes()).isNull();
        } finally {
            noOutput.close();
            noOwnFolder.close();
        }
    }
}
