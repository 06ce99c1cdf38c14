package org.pressarchive.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Not a timed test: the CPU time of building a language's search index (analysis, postings, every
 * file's bytes) over a folder of plain-text releases, e.g. one made by {@code generate}. Each file
 * becomes a document: first line the title, other lines paragraphs.
 *
 * <p>Run with {@code mvn -B -q -o test -Dtest=SearchBuildBenchmark -Dbenchmark=true
 * -Dbenchmark.corpus=DIR} (add {@code -Dbenchmark.rounds=N}).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SearchBuildBenchmark {
    @Test
    void printBuildCpuTime() throws IOException {
        String dir = System.getProperty("benchmark.corpus");
        if (dir == null) {
            System.out.println("set -Dbenchmark.corpus=DIR");
            return;
        }
        List<SearchDocument> docs = read(Path.of(dir));
        int rounds = Integer.getInteger("benchmark.rounds", 5);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int r = 0; r < rounds; r++) {
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            FrenchAnalysis analysis = new FrenchAnalysis();
            List<IndexFile> files = new SearchIndexBuilder(analysis).build("fr", docs, List.of("communiques/", ".html"));
            long bytes = 0;
            for (IndexFile f : files) {
                bytes += f.content().get().length;
            }
            System.out.printf(Locale.ROOT, "%d documents: %d files, %.1f MB, cpu %.2f s, wall %.2f s%n", docs.size(),
                    files.size(), bytes / 1e6, (os.getProcessCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9);
        }
    }

    static List<SearchDocument> read(Path dir) throws IOException {
        List<Path> paths;
        try (Stream<Path> s = Files.list(dir)) {
            paths = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList();
        }
        List<SearchDocument> docs = new ArrayList<>();
        LocalDate date = LocalDate.of(2025, 12, 31);
        int n = 0;
        for (Path p : paths) {
            List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
            if (lines.isEmpty()) {
                continue;
            }
            List<String> ids = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                ids.add("p" + i);
            }
            date = date.minusDays(n++ % 2);
            docs.add(new SearchDocument("r" + n, "fr", lines.get(0), date,
                    List.of(new SearchDocument.Speaker("s" + n % 300, "Intervenant " + n % 300)),
                    List.of("Pays " + n % 80), lines.subList(1, lines.size()), ids));
        }
        return docs;
    }
}
