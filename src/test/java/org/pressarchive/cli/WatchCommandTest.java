package org.pressarchive.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build --watch}: builds, then builds again after each change, until stopped. */
class WatchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void rebuildsAfterAnEditAndKeepsWatchingAfterAFailedBuild() throws Exception {
        Path in = tmp.resolve("in");
        Path release = in.resolve(BuildCommandTest.SEED.getFileName());
        Path out = tmp.resolve("out");
        Watch w = watchingTheSeed(in, out);
        StringWriter outText = w.out();
        StringWriter errText = w.err();
        try {
            assertThat(outText.toString()).containsOnlyOnce("Built 1 release");
            String page = Files.list(out.resolve("communiques")).filter(p -> p.toString().endsWith(".html"))
                    .findFirst().orElseThrow().toString();

            Files.writeString(release, Files.readString(release) + "\nLes deux parties ont salué une visite féconde.\n");
            await(outText, s -> s.split("Built 1 release", -1).length == 3);
            assertThat(outText.toString()).contains("Changed: " + release.getFileName());
            assertThat(Files.readString(Path.of(page))).contains("visite féconde");

            // a build that fails (no readable release left): reported, the output stays, the watch goes on
            String text = Files.readString(release);
            Files.writeString(release, "");
            await(errText, s -> s.contains("press-archive: error: no release could be read"));
            assertThat(Files.readString(Path.of(page))).contains("visite féconde");
            Files.writeString(release, text + "\nUn autre ajout.\n");
            await(outText, s -> s.split("Built 1 release", -1).length == 4);
            assertThat(Files.readString(Path.of(page))).contains("Un autre ajout");
            assertThat(w.thread().isAlive()).isTrue();
        } finally {
            w.stop();
        }
        assertThat(w.thread().isAlive()).isFalse();
        assertThat(w.code().get()).as(errText.toString()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void aFailedFirstBuildIsReportedAndWatched() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path out = tmp.resolve("out");
        Watch w = Watch.start(in, out);
        StringWriter outText = w.out();
        StringWriter errText = w.err();
        try {
            await(outText, s -> s.contains("Watching"));
            assertThat(errText.toString()).contains("press-archive: error: no release could be read");
            Files.copy(BuildCommandTest.SEED, in.resolve(BuildCommandTest.SEED.getFileName()));
            await(outText, s -> s.contains("Built 1 release"));
            assertThat(out.resolve("index.html")).isRegularFile();
        } finally {
            w.stop();
        }
        assertThat(w.code().get()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void deletingTheInputFolderEndsTheWatchWithAnIoErrorAndKeepsTheOutput() throws Exception {
        Path in = tmp.resolve("in");
        Path out = tmp.resolve("out");
        Watch w = watchingTheSeed(in, out);
        StringWriter errText = w.err();
        try {
            Files.delete(in.resolve(BuildCommandTest.SEED.getFileName()));
            Files.delete(in);
            w.thread().join(Duration.ofSeconds(60).toMillis());
            assertThat(w.thread().isAlive()).as(errText.toString()).isFalse();
        } finally {
            w.stop();
        }
        assertThat(w.code().get()).isEqualTo(ExitCodes.IO);
        assertThat(errText.toString()).contains("press-archive: error: ")
                .contains("the input folder " + in.toAbsolutePath().normalize() + " was deleted: the watch stops");
        assertThat(out.resolve("index.html")).isRegularFile();
    }

    /** A watch of {@code in} holding the seed release, once its first build is done and it watches. */
    private static Watch watchingTheSeed(Path in, Path out) throws Exception {
        Files.createDirectories(in);
        Files.copy(BuildCommandTest.SEED, in.resolve(BuildCommandTest.SEED.getFileName()));
        Watch w = Watch.start(in, out);
        try {
            await(w.out(), s -> s.contains("Watching"));
        } catch (AssertionError | InterruptedException e) {
            w.stop();
            throw e;
        }
        return w;
    }

    /** A {@code build --watch} running on its own thread, with what it printed and the exit code it returned. */
    private record Watch(Thread thread, StringWriter out, StringWriter err, AtomicInteger code) {
        static Watch start(Path in, Path out) {
            Watch w = new Watch(null, new StringWriter(), new StringWriter(), new AtomicInteger(-1));
            Thread t = new Thread(() -> w.code().set(Main.run(new PrintWriter(w.out(), true), new PrintWriter(w.err(), true),
                    "build", "--watch", "--input", in.toString(), "--output", out.toString())), "watch-test");
            t.start();
            return new Watch(t, w.out(), w.err(), w.code());
        }

        /** Stops the watch as Ctrl-C's interrupt would, and waits for the command to return. */
        void stop() throws InterruptedException {
            thread.interrupt();
            thread.join(Duration.ofSeconds(30).toMillis());
        }
    }

    private static void await(StringWriter text, Predicate<String> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.test(text.toString())) {
            assertThat(System.nanoTime()).as("waited 60 s for the watch; output so far:%n%s", text).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}
