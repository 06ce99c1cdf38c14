package org.pressarchive.write;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a timed test: the floor a build's writing sets. Reads every file of a built site into memory,
 * then writes them all again through {@link SiteWriter} into a fresh output folder on every core,
 * as a clean build does once its pages are rendered, and prints the wall and process CPU time of
 * that alone (creating the folders and files, writing the bytes, the commit). The file system's
 * state moves it a lot: creating files right after many were deleted costs several times more.
 *
 * <p>Run with {@code mvn -B -q -o test -Dtest=WriteBenchmark -Dbenchmark=true
 * -Dbenchmark.site=target/benchmark/site-10000} (add {@code -Dbenchmark.rounds=N}); each round
 * writes into a new folder beside the site's parent ({@code write-benchmark-N}), deleted at the end.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class WriteBenchmark {
    @Test
    void printWriteTime() throws Exception {
        String site = System.getProperty("benchmark.site");
        if (site == null) {
            System.out.println("set -Dbenchmark.site=DIR (a built site, e.g. target/benchmark/site-10000)");
            return;
        }
        Path root = Path.of(site).toAbsolutePath().normalize();
        List<String> paths = new ArrayList<>();
        List<byte[]> bytes = new ArrayList<>();
        long total = 0;
        try (Stream<Path> s = Files.walk(root)) {
            for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                String path = root.relativize(f).toString().replace('\\', '/');
                if (path.equals(SiteWriter.MARKER)) {
                    continue;
                }
                byte[] b = Files.readAllBytes(f);
                paths.add(path);
                bytes.add(b);
                total += b.length;
            }
        }
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int cores = Runtime.getRuntime().availableProcessors();
        int rounds = Integer.getInteger("benchmark.rounds", 3);
        Path work = root.resolveSibling("write-benchmark");
        Files.createDirectories(work);
        Path input = Files.createDirectories(work.resolve("input"));
        System.out.printf(Locale.ROOT, "%d files, %.1f MiB, written on %d threads%n", paths.size(), total / 1048576.0, cores);
        try {
            for (int round = 1; round <= rounds; round++) {
                SiteWriter writer = new SiteWriter(work.resolve("out-" + round));
                long cpu = os.getProcessCpuTime();
                long wall = System.nanoTime();
                ExecutorService pool = Executors.newFixedThreadPool(cores);
                try (SiteWriter.Staging staging = writer.open(input)) {
                    List<Future<?>> done = new ArrayList<>();
                    int batch = 256;
                    for (int from = 0; from < paths.size(); from += batch) {
                        int start = from;
                        int end = Math.min(paths.size(), from + batch);
                        done.add(pool.submit(() -> {
                            for (int i = start; i < end; i++) {
                                staging.write(paths.get(i), bytes.get(i));
                            }
                        }));
                    }
                    for (Future<?> f : done) {
                        f.get();
                    }
                    staging.commit();
                } finally {
                    pool.shutdown();
                }
                System.out.printf(Locale.ROOT, "round %d: %.2f s wall, %.2f s process CPU%n", round,
                        (System.nanoTime() - wall) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9);
            }
        } finally {
            SiteWriter.deleteTree(work);
        }
    }
}
