package org.pressarchive.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.pressarchive.synth.SyntheticArchive;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code press-archive benchmark}: generates synthetic archives once, builds each in a fresh JVM
 * (the way a user runs it) and prints wall time, throughput, output size, peak heap and peak RSS,
 * then the time of a rebuild after one release changed.
 */
@Command(name = "benchmark", hidden = true, mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Builds synthetic archives of several sizes and prints time and memory figures.")
final class BenchmarkCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Archive sizes (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes = List.of(1_000, 10_000, 100_000);

    @Option(names = "--work", paramLabel = "DIR", description = "Folder for generated archives and sites (default: ${DEFAULT-VALUE}).")
    Path work = Path.of("target/benchmark");

    @Option(names = "--seed", paramLabel = "S", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed = 1;

    /** The JVM flags README recommends for builds of up to {@link #LARGE_ARCHIVE} releases (see its Performance section). */
    static final List<String> RECOMMENDED_JVM_ARGS = onLinux("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmn64m");

    /**
     * The flags README recommends from {@link #LARGE_ARCHIVE} releases: the optimising compiler's cost
     * is about fixed (some 20 CPU seconds), its gain grows with the archive.
     */
    static final List<String> LARGE_ARCHIVE_JVM_ARGS = onLinux("-XX:+UseSerialGC", "-Xmn64m");

    /** From this size on, builds run with {@link #LARGE_ARCHIVE_JVM_ARGS}. */
    static final int LARGE_ARCHIVE = 30_000;

    @Option(names = "--jvm-args", split = " ", paramLabel = "ARG",
            description = "JVM arguments for every build (default: as README recommends for the archive's size: "
                    + "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmn64m, and from 30,000 releases "
                    + "-XX:+UseSerialGC -Xmn64m; on Linux with -XX:+UseTransparentHugePages).")
    List<String> jvmArgs;

    /** The JVM arguments of the builds of an archive of {@code releases}. */
    List<String> jvmArgs(int releases) {
        if (jvmArgs != null) {
            return jvmArgs;
        }
        return releases >= LARGE_ARCHIVE ? LARGE_ARCHIVE_JVM_ARGS : RECOMMENDED_JVM_ARGS;
    }

    /**
     * JVM arguments of the watching process: a long-running JVM gains from the optimising compiler,
     * and each build's garbage must die young (README explains the young generation's size).
     */
    static final List<String> WATCH_JVM_ARGS = onLinux("-XX:+UseSerialGC", "-Xmn512m");

    /**
     * The flags, with {@code -XX:+UseTransparentHugePages} added on Linux (the only system whose JVM
     * knows it): the heap in 2 MiB pages takes a sixth of the page faults, which on these virtual
     * machines made a tenth of a build's CPU time in its garbage collections (README explains).
     */
    static List<String> onLinux(String... flags) {
        List<String> out = new ArrayList<>(List.of(flags));
        if (System.getProperty("os.name", "").startsWith("Linux")) {
            out.add("-XX:+UseTransparentHugePages");
        }
        return List.copyOf(out);
    }

    @Option(names = "--watch-jvm-args", split = " ", paramLabel = "ARG",
            description = "JVM arguments for the watching process (default: ${DEFAULT-VALUE}).")
    List<String> watchJvmArgs = WATCH_JVM_ARGS;

    @Option(names = "--edits", paramLabel = "N",
            description = "Edits made while watching, after the first (default: ${DEFAULT-VALUE}); their median is "
                    + "printed. The first edits after the start are slower (the code is still being compiled): "
                    + "the median of several is what an editing session sees.")
    int edits = 9;

    /** The pause before each edit while watching. */
    static final long PAUSE_MS = 1000;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path jar = selfJar();
        out.printf(Locale.ROOT, "press-archive benchmark — %d cores, max heap %d MiB, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        for (int n : sizes) {
            List<String> args = jvmArgs(n);
            out.printf(Locale.ROOT, "builds of %d releases run as: java %s%s-jar press-archive.jar build --languages fr%n", n,
                    String.join(" ", args), args.isEmpty() ? "" : " ");
        }
        out.println("(cpu_s: user+system CPU seconds of the build process; on a shared machine it is steadier than wall time)");
        out.println("(rebuild_s: a new process builds again after one release changed; watch_first_s / watch_s: a "
                + "`build --watch` process (java " + String.join(" ", watchJvmArgs) + ") builds again after one release "
                + "changed, from the edit to the printed result: the first edit, then the median of " + edits + " more)");
        out.println("releases  wall_s  cpu_s  releases/s  files    output_MiB  peak_heap_MiB  peak_rss_MiB  rebuild_s  "
                + "rebuild_cpu_s  watch_first_s  watch_s");
        Path trash = work.resolve("previous-sites");
        for (int n : sizes) {
            Path input = work.resolve("input-" + n + "-" + seed);
            if (!Files.isDirectory(input) || count(input) != n) {
                GenerateCommand.write(new SyntheticArchive(seed), n, input);
            }
            Path output = work.resolve("site-" + n);
            // The first build is a clean one: no previous output, no cache beside it. The previous
            // ones are moved aside and deleted at the end, not just before: on a file system that
            // avoids reusing inodes freed in the last minute or so (ext4 without a journal, as on the
            // machines the README's figures come from), creating 33,000 files right after deleting
            // as many costs several CPU seconds more, which a build into a fresh folder does not pay.
            moveAside(output, trash);
            moveAside(output.resolveSibling(output.getFileName() + ".cache"), trash);
            Run first = build(jar, input, output, jvmArgs(n));
            Path changed = input.resolve(String.format(Locale.ROOT, "%06d.txt", n / 2));
            String original = Files.readString(changed, StandardCharsets.UTF_8);
            Files.writeString(changed, original + "Le texte a été complété lors de la mise à jour.\n", StandardCharsets.UTF_8);
            Run rebuild;
            try {
                rebuild = build(jar, input, output, jvmArgs(n));
            } finally {
                Files.writeString(changed, original, StandardCharsets.UTF_8);
            }
            double[] watched = watch(jar, input, output, changed);
            long[] size = treeSize(output);
            out.printf(Locale.ROOT, "%8d  %6.2f  %5s  %10.0f  %7d  %10.1f  %13s  %12s  %9.2f  %13s  %13.2f  %7.2f%n", n,
                    first.seconds, first.cpuSeconds, n / first.seconds, size[0], size[1] / 1048576.0, first.peakHeapMib,
                    first.peakRssMib, rebuild.seconds, rebuild.cpuSeconds, watched[0], watched[1]);
            out.flush();
        }
        deleteTree(trash);
        return ExitCodes.OK;
    }

    private record Run(double seconds, String peakHeapMib, String peakRssMib, String cpuSeconds) {
    }

    private Run build(Path jar, Path input, Path output, List<String> jvmArgs) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmArgs);
        cmd.addAll(List.of("-jar", jar.toString(), "build", "--input", input.toString(), "--output", output.toString(),
                "--languages", "fr", "--quiet", "--stats"));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (code != ExitCodes.OK) {
            throw new IOException("build of " + input + " failed with exit code " + code + ":\n" + log);
        }
        return new Run(seconds, stat(log, "peak_heap_mib"), stat(log, "peak_rss_mib"), stat(log, "cpu_s"));
    }

    /**
     * Starts {@code build --watch} on the built site, edits one release {@code 1 + edits} times and
     * times each rebuild, from the write to the printed result line; the file is restored after.
     *
     * @return the first rebuild's seconds and the median of the others
     */
    private double[] watch(Path jar, Path input, Path output, Path changed) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(watchJvmArgs);
        cmd.addAll(List.of("-jar", jar.toString(), "build", "--watch", "--input", input.toString(), "--output",
                output.toString(), "--languages", "fr"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (java.io.BufferedReader r = new java.io.BufferedReader(
                    new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
            lines.add("");
        }, "watch-output");
        reader.setDaemon(true);
        reader.start();
        String original = Files.readString(changed, StandardCharsets.UTF_8);
        try {
            await(lines, "Watching", p);
            double[] times = new double[1 + edits];
            for (int i = 0; i < times.length; i++) {
                // a person saves, then looks at the result: edits come a second or more apart, not
                // the instant the previous build printed its line
                Thread.sleep(PAUSE_MS);
                long start = System.nanoTime();
                Files.writeString(changed, original + "Le texte a été complété (" + (i + 1) + ").\n", StandardCharsets.UTF_8);
                await(lines, "Built", p);
                times[i] = (System.nanoTime() - start) / 1e9;
            }
            Files.writeString(changed, original, StandardCharsets.UTF_8);
            await(lines, "Built", p);
            double[] rest = java.util.Arrays.copyOfRange(times, 1, times.length);
            java.util.Arrays.sort(rest);
            return new double[] {times[0], rest.length == 0 ? Double.NaN : rest[rest.length / 2]};
        } finally {
            Files.writeString(changed, original, StandardCharsets.UTF_8);
            p.destroy();
            if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
    }

    /** Waits for the watching process to print a line starting with {@code prefix}. */
    private static void await(java.util.concurrent.BlockingQueue<String> lines, String prefix, Process p)
            throws IOException, InterruptedException {
        StringBuilder seen = new StringBuilder();
        while (true) {
            String line = lines.poll(10, java.util.concurrent.TimeUnit.MINUTES);
            if (line == null || (line.isEmpty() && !p.isAlive())) {
                throw new IOException("the watching build stopped or stalled before printing '" + prefix + "':\n" + seen);
            }
            seen.append(line).append('\n');
            if (line.startsWith("press-archive: error")) {
                throw new IOException("the watching build failed:\n" + seen);
            }
            if (line.startsWith(prefix)) {
                return;
            }
        }
    }

    private static String stat(String log, String key) {
        for (String line : log.split("\n")) {
            for (String part : line.split("\\s+")) {
                if (part.startsWith(key + "=")) {
                    return part.substring(key.length() + 1);
                }
            }
        }
        return "?";
    }

    /** Moves {@code dir} into {@code trash} under a new name (a rename: nothing is deleted yet). */
    private static void moveAside(Path dir, Path trash) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.createDirectories(trash);
        for (int i = 1; ; i++) {
            Path target = trash.resolve(dir.getFileName() + "-" + i);
            if (!Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.move(dir, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                return;
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static long count(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    private static long[] treeSize(Path dir) throws IOException {
        long[] r = new long[2];
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(Files::isRegularFile).forEach(f -> {
                r[0]++;
                try {
                    r[1] += Files.size(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        return r;
    }

    private static Path selfJar() throws URISyntaxException, IOException {
        Path p = Path.of(BenchmarkCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!Files.isRegularFile(p)) {
            throw new IOException("the benchmark runs from the packaged jar: mvn -B package, then "
                    + "java -jar target/press-archive.jar benchmark");
        }
        return p;
    }
}
