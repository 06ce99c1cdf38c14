package org.pressarchive.search;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not a timed test: builds the index of a synthetic archive (10,000 releases by default) and
 * prints the bytes a browser loads for typical queries, following the same steps as
 * {@code search.js} (meta, the term shards, positions for phrases, prefix shards, filter files,
 * then the document-table chunks and texts of the first page of results).
 *
 * <p>Run with {@code mvn -B -q test -Dtest=SearchIndexBenchmark -Dbenchmark=true}
 * (add {@code -Dbenchmark.releases=N} for another size).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class SearchIndexBenchmark {
    private static final String[] COMMON = ("coopération développement partenariat stratégique relations bilatérales "
            + "économique commerce sécurité paix stabilité région international multilatéral dialogue consultation "
            + "amitié confiance mutuelle intérêts fondamentaux souveraineté intégrité territoriale ministre président "
            + "affaires étrangères gouvernement peuple pays nations unies conseil initiative ceinture route "
            + "investissement infrastructure énergie agriculture technologie innovation culture éducation jeunesse "
            + "tourisme santé climat environnement vert transition numérique sommet visite entretien échange vues "
            + "questions régionales internationales communauté avenir partagé nouvelle ère modernisation consensus "
            + "important chefs État orientation progrès perspectives soutien ferme principe unicité chine").split(" ");
    private static final String[] SYLLABLES = "ba be bi bo bu da de di do du fa fe fi fo la le li lo ma me mi mo na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi vo".split(" ");

    @Test
    void printBytesLoadedPerQuery() {
        int releases = Integer.getInteger("benchmark.releases", 10_000);
        Random random = new Random(42);
        List<String> vocabulary = new ArrayList<>(List.of(COMMON));
        Set<String> seen = new TreeSet<>(vocabulary);
        while (vocabulary.size() < 30_000) {
            StringBuilder w = new StringBuilder();
            int n = 2 + random.nextInt(3);
            for (int i = 0; i < n; i++) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            w.append(random.nextBoolean() ? "tion" : random.nextBoolean() ? "ique" : "ment");
            if (seen.add(w.toString())) {
                vocabulary.add(w.toString());
            }
        }
        List<String[]> speakers = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            speakers.add(new String[] {"intervenant-" + i, "Intervenant " + i});
        }
        List<SearchDocument> docs = new ArrayList<>();
        LocalDate date = LocalDate.of(2025, 12, 31);
        for (int d = 0; d < releases; d++) {
            date = date.minusDays(random.nextInt(2));
            List<String> paragraphs = new ArrayList<>();
            int count = 4 + random.nextInt(8);
            for (int p = 0; p < count; p++) {
                StringBuilder text = new StringBuilder();
                int words = 30 + random.nextInt(60);
                for (int w = 0; w < words; w++) {
                    // Zipf (exponent 1) over the words after the ten most frequent ones, which are stop
                    // words in real French text: the commonest content word is about 1 % of the words.
                    int rank = (int) Math.floor(Math.pow(vocabulary.size() + 10, random.nextDouble())) - 11;
                    if (rank < 0 || rank >= vocabulary.size()) {
                        rank = random.nextInt(vocabulary.size());
                    }
                    text.append(w % 7 == 0 ? "de la " : "").append(vocabulary.get(rank)).append(w % 12 == 11 ? ". " : " ");
                }
                paragraphs.add(text.toString());
            }
            String[] a = speakers.get(random.nextInt(speakers.size()));
            String[] b = speakers.get(random.nextInt(speakers.size()));
            docs.add(SearchIndexBuilderTest.doc("r" + d, date.toString(),
                    "Entretien " + vocabulary.get(random.nextInt(200)) + " " + vocabulary.get(random.nextInt(2000)),
                    List.of(a, b), List.of("Pays " + random.nextInt(80), "Chine"), paragraphs.toArray(String[]::new)));
        }
        long start = System.nanoTime();
        FrenchAnalysis analysis = new FrenchAnalysis();
        List<IndexFile> files = new SearchIndexBuilder(analysis).build("fr", docs, List.of("communiques/", ".html"));
        long ms = (System.nanoTime() - start) / 1_000_000;
        Map<String, byte[]> bytes = new HashMap<>();
        long total = 0;
        int maxShard = 0;
        for (IndexFile f : files) {
            byte[] b = f.content().get();
            bytes.put(f.name(), b);
            total += b.length;
            if (f.name().startsWith("t-")) {
                maxShard = Math.max(maxShard, b.length);
            }
        }
        Index index = new Index(bytes, analysis);
        System.out.printf(Locale.ROOT, "%n%d releases: %d index files, %.1f MB in all, built in %d ms; meta.js %.1f KB,"
                        + " %d term shards (largest %.1f KB)%n", releases, files.size(), total / 1e6, ms,
                bytes.get("meta.js").length / 1024.0, index.shards.size(), maxShard / 1024.0);
        String[][] queries = {
                {"cooperation", ""}, {"cooperation economique", ""}, {"partenariat strategique", ""},
                {"\"partenariat stratégique\"", ""}, {"securite -climat", ""}, {"chine", ""}, {"infrastr", ""},
                {"énergie verte transition", ""}, {"cooperation", "intervenant-7"}, {vocabulary.get(5000), ""},
        };
        for (String[] q : queries) {
            System.out.printf(Locale.ROOT, "  %-32s %-14s %7.1f KB loaded%n", q[0], q[1], index.bytesFor(q[0], q[1]) / 1024.0);
        }
    }

    /** Replays search.js's loading steps over the built files and counts the bytes. */
    private static final class Index {
        final Map<String, byte[]> files;
        final FrenchAnalysis analysis;
        final JsonMapper json = JsonMapper.builder().build();
        final List<String> shards = new ArrayList<>();
        final JsonNode meta;

        Index(Map<String, byte[]> files, FrenchAnalysis analysis) {
            this.files = files;
            this.analysis = analysis;
            this.meta = data("meta.js");
            meta.get("shards").forEach(s -> shards.add(s.asString()));
        }

        JsonNode data(String name) {
            String s = new String(files.get(name), StandardCharsets.UTF_8);
            return json.readTree(s.substring(s.indexOf(',') + 1, s.length() - 3));
        }

        int shardOf(String term) {
            int n = 0;
            for (int i = 0; i < shards.size(); i++) {
                if (shards.get(i).compareTo(term) <= 0) {
                    n = i;
                }
            }
            return n;
        }

        long bytesFor(String query, String speaker) {
            Set<String> loaded = new LinkedHashSet<>();
            loaded.add("meta.js");
            boolean phrase = query.startsWith("\"");
            String[] words = query.replace("\"", "").split(" ");
            List<Set<Integer>> matches = new ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                boolean exclude = words[i].startsWith("-");
                String term = analysis.normalise(exclude ? words[i].substring(1) : words[i]);
                if (term.isEmpty()) {
                    continue;
                }
                int shard = shardOf(term);
                loaded.add("t-" + shard + ".js");
                if (phrase) {
                    loaded.add("p-" + shard + ".js");
                }
                if (i == words.length - 1 && !phrase && !exclude && term.length() >= 3) {
                    int last = shardOf(term + "\uffff");
                    if (last - shard < 2) {
                        for (int s = shard; s <= last; s++) {
                            loaded.add("t-" + s + ".js");
                        }
                    }
                }
                if (!exclude) {
                    JsonNode posting = data("t-" + shard + ".js").get(term);
                    Set<Integer> docs = new TreeSet<>();
                    if (posting != null) {
                        int[] v = Vlq.decode(posting.asString());
                        int doc = -1;
                        for (int k = 0; k < v.length; ) {
                            doc += v[k];
                            int units = v[k + 2];
                            docs.add(doc);
                            k += 3 + units + 1;
                        }
                    }
                    matches.add(docs);
                }
            }
            if (!speaker.isEmpty()) {
                for (int n = 0; n < meta.get("speakers").size(); n++) {
                    if (meta.get("speakers").get(n).get(0).asString().equals(speaker)) {
                        loaded.add("s-" + n + ".js");
                        int[] v = Vlq.decode(data("s-" + n + ".js").asString());
                        Set<Integer> docs = new TreeSet<>();
                        int doc = -1;
                        for (int d : v) {
                            doc += d;
                            docs.add(doc);
                        }
                        matches.add(docs);
                    }
                }
            }
            Set<Integer> result = matches.isEmpty() ? new TreeSet<>() : new TreeSet<>(matches.get(0));
            matches.forEach(result::retainAll);
            // First page: ten results; the engine ranks them, here the ten newest stand in for them.
            result.stream().limit(10).forEach(d -> {
                loaded.add("d-" + d / SearchIndexBuilder.DOC_CHUNK + ".js");
                loaded.add("x/" + d + ".js");
            });
            return loaded.stream().mapToLong(f -> files.get(f).length).sum();
        }
    }
}
