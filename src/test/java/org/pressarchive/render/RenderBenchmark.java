package org.pressarchive.render;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.pressarchive.config.SiteConfig;
import org.pressarchive.ingest.SourceReader;
import org.pressarchive.model.Release;
import org.pressarchive.parse.FrenchReleaseParser;
import org.pressarchive.synth.SyntheticArchive;

/**
 * Not a timed test: renders the HTML pages of a synthetic archive (2,000 releases by default) on
 * one thread, several rounds, and prints the CPU time per page of each output set, with a digest
 * of all the bytes (the same before and after a change that must not change the output).
 *
 * <p>Run with {@code mvn -B -q -o test -Dtest=RenderBenchmark -Dbenchmark=true}
 * (add {@code -Dbenchmark.releases=N}, {@code -Dbenchmark.rounds=R}, {@code -Dbenchmark.sets=release,speaker},
 * {@code -Dbenchmark.languages=fr,en}, {@code -Dbenchmark.templates=DIR} for a theme folder).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class RenderBenchmark {

    /** The same outside JUnit, e.g. under a profiler: {@code java -cp <test classpath> org.pressarchive.render.RenderBenchmark}. */
    public static void main(String[] args) throws Exception {
        new RenderBenchmark().printCpuPerPage();
    }

    @Test
    void printCpuPerPage() throws Exception {
        int count = Integer.getInteger("benchmark.releases", 2_000);
        int rounds = Integer.getInteger("benchmark.rounds", 5);
        SyntheticArchive archive = new SyntheticArchive(1);
        FrenchReleaseParser parser = FrenchReleaseParser.standard();
        SourceReader reader = SourceReader.standard();
        Release[] parsed = new Release[count];
        IntStream.range(0, count).parallel().forEach(i -> {
            SyntheticArchive.GeneratedRelease g = archive.release(i);
            parsed[i] = parser.parse(reader.read(g.fileName(), g.fileName(),
                    g.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        });
        List<Release> releases = new ArrayList<>();
        for (Release r : parsed) {
            if (r != null) {
                releases.add(r);
            }
        }
        SiteConfig config = SiteConfig.defaults().withBaseUrl("https://example.org/archive/")
                .withLanguages(List.of(System.getProperty("benchmark.languages", "fr").split(",")));
        String templates = System.getProperty("benchmark.templates", "");
        ThemeFiles theme = new ThemeFiles(templates.isEmpty() ? null : java.nio.file.Path.of(templates));
        MessageBundles messages = new MessageBundles(theme, config.languages());
        SiteContext site = new SiteContext(org.pressarchive.site.SiteIndex.of(releases), config,
                new org.pressarchive.site.Permalinks(config.originalLanguage()), new TemplateRenderer(theme, messages),
                messages, theme, new ModelJson(), org.pressarchive.site.TranslationIndex.empty());
        Map<String, OutputSet> sets = new LinkedHashMap<>();
        sets.put("release", new ReleasePages());
        sets.put("speaker", new SpeakerPages());
        sets.put("theme", new ThemePages());
        sets.put("archive", new ArchivePages());
        sets.put("country", new CountryPages());
        sets.put("home", new HomePages());
        List<String> only = List.of(System.getProperty("benchmark.sets", "").split(",")).stream()
                .filter(x -> !x.isBlank()).toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.printf(Locale.ROOT, "%n%d releases, %d rounds (CPU ms per HTML page, one thread)%n", releases.size(),
                rounds);
        Map<String, Double> best = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            StringBuilder line = new StringBuilder("round " + round + ":");
            for (Map.Entry<String, OutputSet> e : sets.entrySet()) {
                if (!only.isEmpty() && !only.contains(e.getKey())) {
                    continue;
                }
                List<RenderTask> tasks = e.getValue().tasks(site).stream()
                        .filter(t -> t.path().endsWith(".html")).toList();
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                long bytes = 0;
                long cpu = threads.getCurrentThreadCpuTime();
                for (RenderTask t : tasks) {
                    byte[] b = t.content().get();
                    bytes += b.length;
                    digest.update(b);
                }
                double ms = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
                best.merge(e.getKey(), ms / Math.max(1, tasks.size()), Math::min);
                line.append(String.format(Locale.ROOT, "  %s %d pages %.3f ms/page (%.1f KB/page, %s)", e.getKey(),
                        tasks.size(), ms / Math.max(1, tasks.size()), bytes / 1024.0 / Math.max(1, tasks.size()),
                        HexFormat.of().formatHex(digest.digest()).substring(0, 12)));
            }
            System.out.println(line);
        }
        StringBuilder line = new StringBuilder("best round (the least disturbed by other work):");
        best.forEach((k, v) -> line.append(String.format(Locale.ROOT, "  %s %.3f ms/page", k, v)));
        System.out.println(line);
    }
}
