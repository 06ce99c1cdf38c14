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
        List<String> href = List.of("communiques/", ".html");
        java.util.Map<String, byte[]> previous = new java.util.HashMap<>();
        List<AnalysedDocument> analyses = null;
        for (int r = 0; r < rounds; r++) {
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            FrenchAnalysis analysis = new FrenchAnalysis();
            SearchIndexBuilder builder = new SearchIndexBuilder(analysis);
            analyses = builder.analyse(docs, java.util.Collections.nCopies(docs.size(), null));
            long analysed = os.getProcessCpuTime();
            List<IndexFile> files = builder.build("fr", docs, analyses, href);
            long bytes = 0;
            for (IndexFile f : files) {
                byte[] b = f.content().get();
                bytes += b.length;
                previous.put(f.name(), b);
            }
            System.out.printf(Locale.ROOT, "%d documents: %d files, %.1f MB, cpu %.2f s (analysis %.2f s), wall %.2f s%n",
                    docs.size(), files.size(), bytes / 1e6, (os.getProcessCpuTime() - cpu) / 1e9, (analysed - cpu) / 1e9,
                    (System.nanoTime() - wall) / 1e9);
        }
        // From cached analyses (decoded from bytes), then one changed document, incrementally.
        List<byte[]> cache = analyses.stream().map(AnalysedDocument::encode).toList();
        for (int r = 0; r < rounds; r++) {
            long cpu = os.getProcessCpuTime();
            SearchIndexBuilder builder = new SearchIndexBuilder(new FrenchAnalysis());
            List<AnalysedDocument> decoded = cache.stream().map(AnalysedDocument::decode).toList();
            long bytes = 0;
            for (IndexFile f : builder.build("fr", docs, decoded, href)) {
                bytes += f.content().get().length;
            }
            long full = os.getProcessCpuTime();
            List<SearchDocument> changed = new ArrayList<>(docs);
            int d = 4321 % docs.size();
            SearchDocument doc = docs.get(d);
            List<String> paragraphs = new ArrayList<>(doc.paragraphs());
            paragraphs.set(0, paragraphs.get(0) + " Une phrase ajoutée sur la coopération stratégique.");
            changed.set(d, new SearchDocument(doc.releaseId(), doc.textLang(), doc.title(), doc.date(), doc.speakers(),
                    doc.countries(), paragraphs, doc.paragraphIds()));
            java.util.Optional<IndexUpdate> update = builder.update("fr", changed, java.util.Map.of(), java.util.Set.of(d),
                    href, previous::get);
            System.out.printf(Locale.ROOT, "from %d cached analyses: cpu %.2f s (%.0f MB cache); one document changed:"
                            + " update cpu %.3f s, %s%n", cache.size(), (full - cpu) / 1e9,
                    cache.stream().mapToInt(b -> b.length).sum() / 1e6, (os.getProcessCpuTime() - full) / 1e9,
                    update.map(u -> u.write().size() + " files written, " + u.delete().size() + " deleted").orElse("declined"));
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
