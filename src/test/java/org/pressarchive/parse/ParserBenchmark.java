package org.pressarchive.parse;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.pressarchive.ingest.SourceReader;
import org.pressarchive.ingest.SourceScanner;
import org.pressarchive.model.Release;
import org.pressarchive.model.SourceText;
import org.pressarchive.render.ModelJson;

/**
 * A measuring tool, not a test: it asserts nothing about time. Run with
 * {@code -Dbenchmark=true} (and optionally {@code -Dbenchmark.corpus=DIR},
 * {@code -Dbenchmark.rounds=N}); it prints the construction time of the parser and the CPU
 * time per release of parsing every release of the corpus, round after round, on one thread,
 * the way the site build reads and parses files.
 *
 * <p>{@link #main} with {@code dump OUT DIR…} writes the JSON of every release of the folders
 * to one file, to compare the parser's output before and after a change, byte for byte.
 */
class ParserBenchmark {

    @Test
    @EnabledIfSystemProperty(named = "benchmark", matches = "true")
    void measure() throws IOException {
        String corpus = System.getProperty("benchmark.corpus", "src/test/resources/fixtures");
        int rounds = Integer.getInteger("benchmark.rounds", 10);
        bench(Path.of(corpus), rounds);
    }

    public static void main(String[] args) throws IOException {
        if (args.length >= 3 && args[0].equals("dump")) {
            List<Path> dirs = new ArrayList<>();
            for (int i = 2; i < args.length; i++) {
                dirs.add(Path.of(args[i]));
            }
            dump(Path.of(args[1]), dirs);
        } else if (args.length >= 2 && args[0].equals("bench")) {
            bench(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 10);
        } else {
            System.err.println("usage: dump OUT DIR... | bench DIR [ROUNDS]");
        }
    }

    private static List<SourceText> read(Path dir) throws IOException {
        SourceReader reader = SourceReader.standard();
        List<SourceText> out = new ArrayList<>();
        String root = dir.getFileName() == null ? "" : dir.getFileName() + "/";
        for (Path f : new SourceScanner().scan(dir)) {
            SourceText text = reader.read(root + SourceScanner.relativeName(dir, f), f.getFileName().toString(),
                    Files.readAllBytes(f));
            if (!text.paragraphs().isEmpty()) {
                out.add(text);
            }
        }
        return out;
    }

    static void dump(Path out, List<Path> dirs) throws IOException {
        FrenchReleaseParser parser = FrenchReleaseParser.standard();
        ModelJson json = new ModelJson();
        try (OutputStream o = Files.newOutputStream(out)) {
            for (Path dir : dirs) {
                for (SourceText text : read(dir)) {
                    Release r = parser.parse(text);
                    o.write(("== " + text.path() + "\n").getBytes(StandardCharsets.UTF_8));
                    o.write(json.write(r, true));
                    o.write('\n');
                }
            }
        }
    }

    /** CPU time of the whole process (all threads: JIT compilers and garbage collection too), or 0 when unknown. */
    private static long processCpu() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }

    static void bench(Path corpus, int rounds) throws IOException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long wall0 = System.nanoTime();
        long cpu0 = mx.getCurrentThreadCpuTime();
        FrenchReleaseParser parser = FrenchReleaseParser.standard();
        System.out.printf(Locale.ROOT, "construction (first): %.1f ms wall, %.1f ms cpu%n",
                (System.nanoTime() - wall0) / 1e6, (mx.getCurrentThreadCpuTime() - cpu0) / 1e6);
        List<SourceText> texts = read(corpus);
        for (int round = 1; round <= rounds; round++) {
            long cpu = mx.getCurrentThreadCpuTime();
            long process = processCpu();
            long wall = System.nanoTime();
            int sentences = 0;
            for (SourceText t : texts) {
                sentences += parser.parse(t).paragraphs().size();
            }
            double cpuMs = (mx.getCurrentThreadCpuTime() - cpu) / 1e6;
            double wallMs = (System.nanoTime() - wall) / 1e6;
            double processMs = (processCpu() - process) / 1e6;
            System.out.printf(Locale.ROOT, "round %2d: %d releases, %.3f ms thread cpu / release, %.3f ms process cpu / release,"
                    + " %.3f ms wall / release (%d)%n", round, texts.size(), cpuMs / texts.size(), processMs / texts.size(),
                    wallMs / texts.size(), sentences);
        }
        for (int i = 0; i < 3; i++) {
            long wall = System.nanoTime();
            long cpu = mx.getCurrentThreadCpuTime();
            FrenchReleaseParser.standard();
            System.out.printf(Locale.ROOT, "construction (again): %.1f ms wall, %.1f ms cpu%n",
                    (System.nanoTime() - wall) / 1e6, (mx.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
    }
}
