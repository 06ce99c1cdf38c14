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
 * Not a timed test: builds the index of a synthetic archive (10,000 releases by default, words
 * drawn from a Zipf law) and prints the bytes a browser loads for each typical kind of query, and
 * the maximum, following the same steps as {@code search.js}: meta, the term shards (and the
 * neighbouring shards of a prefix), the pair bucket of a two-word phrase of frequent words, for
 * longer phrases the texts of at most a page of candidates or else the positions files of the
 * candidates' ranges, filter files, then the files of the first page of results.
 *
 * <p>Run with {@code mvn -B -q -o test -Dtest=SearchIndexBenchmark -Dbenchmark=true} (add
 * {@code -Dbenchmark.releases=N} for another size, or {@code -Dbenchmark.corpus=DIR} to index a
 * folder of plain-text releases, e.g. one made by {@code generate}, with queries suited to it).
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
    void printBytesLoadedPerQuery() throws java.io.IOException {
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
        if (System.getProperty("benchmark.corpus") != null) {
            docs = SearchBuildBenchmark.read(java.nio.file.Path.of(System.getProperty("benchmark.corpus")));
            releases = docs.size();
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
            if (f.name().startsWith("t/")) {
                maxShard = Math.max(maxShard, b.length);
            }
        }
        Index index = new Index(bytes, analysis);
        Map<String, Long> byKind = new java.util.TreeMap<>();
        bytes.forEach((k, v) -> byKind.merge(k.contains("/") ? k.substring(0, k.indexOf('/')) : k, (long) v.length, Long::sum));
        System.out.println("bytes by kind: " + byKind);
        System.out.printf(Locale.ROOT, "%n%d releases: %d index files, %.1f MB in all, built in %d ms; meta.js %.1f KB,"
                        + " %d term shards (largest %.1f KB)%n", releases, files.size(), total / 1e6, ms,
                bytes.get("meta.js").length / 1024.0, index.shards.size(), maxShard / 1024.0);
        String speaker = index.meta.get("speakers").get(Math.min(7, index.meta.get("speakers").size() - 1)).get(0).asString();
        String year = index.meta.get("years").get(0).get(0).asString();
        String[][] queries = System.getProperty("benchmark.corpus") == null ? new String[][] {
                {"single common word", "cooperation", ""},
                {"two common words", "cooperation economique", ""},
                {"two common words", "partenariat strategique", ""},
                {"phrase, two common words", "\"partenariat stratégique\"", ""},
                {"phrase, three words", "\"coopération économique commerce\"", ""},
                {"exclusion", "securite -climat", ""},
                {"common word (country)", "chine", ""},
                {"prefix", "infrastr", ""},
                {"three words", "énergie verte transition", ""},
                {"word + speaker filter", "cooperation", "s:" + speaker},
                {"word + year filter", "cooperation", "y:" + year},
                {"rare word", rare(index, vocabulary), ""},
        } : new String[][] { // words of the generated releases (templated text: frequent collocations)
                {"single common word", "cooperation", ""},
                {"two common words", "transition energetique", ""},
                {"phrase, two common words", "\"transition énergétique\"", ""},
                {"phrase, three words", "\"sécurité alimentaire mondiale\"", ""},
                {"phrase, collocation", "\"rôle irremplaçable dans la promotion\"", ""},
                {"exclusion", "securite -climat", ""},
                {"common word", "onu", ""},
                {"prefix", "infrastr", ""},
                {"three words", "securite alimentaire mondiale", ""},
                {"word + speaker filter", "cooperation", "s:" + speaker},
                {"word + year filter", "cooperation", "y:" + year},
                {"rare word", rare(index, vocabulary), ""},
        };
        long max = 0;
        for (String[] q : queries) {
            Map<String, Long> parts = index.bytesFor(q[1], q[2]);
            long sum = parts.values().stream().mapToLong(Long::longValue).sum();
            max = Math.max(max, sum);
            StringBuilder detail = new StringBuilder();
            parts.forEach((k, v) -> detail.append(String.format(Locale.ROOT, " %s %.1f", k, v / 1024.0)));
            System.out.printf(Locale.ROOT, "  %-26s %-38s %-16s %7.1f KB loaded (%s)%n", q[0], q[1], q[2], sum / 1024.0,
                    detail.toString().trim());
        }
        System.out.printf(Locale.ROOT, "  maximum %.1f KB%n", max / 1024.0);
    }

    /** A word of the vocabulary in about ten documents. */
    private static String rare(Index index, List<String> vocabulary) {
        for (int i = 5000; i < vocabulary.size(); i++) {
            int df = index.postings(index.analysis.normalise(vocabulary.get(i))).size();
            if (df >= 5 && df <= 20) {
                return vocabulary.get(i);
            }
        }
        for (String name : index.files.keySet()) {
            if (name.startsWith("t/")) {
                for (String key : index.data(name).propertyNames()) {
                    int df = index.postings(key).size();
                    if (df >= 5 && df <= 20 && key.chars().allMatch(Character::isLetter)) {
                        return key;
                    }
                }
            }
        }
        return vocabulary.get(5000);
    }

    /** Replays search.js's loading steps over the built files and counts the bytes. */
    private static final class Index {
        final Map<String, byte[]> files;
        final FrenchAnalysis analysis;
        final JsonMapper json = JsonMapper.builder().build();
        final List<String> shards = new ArrayList<>();
        final JsonNode meta;
        final int range;
        final int pairMin;
        final int pairGap;

        Index(Map<String, byte[]> files, FrenchAnalysis analysis) {
            this.files = files;
            this.analysis = analysis;
            this.meta = data("meta.js");
            String previous = "";
            for (String line : meta.get("shards").asString().split("\n")) {
                String b = previous.substring(0, line.charAt(0) - '0') + line.substring(1);
                shards.add(b);
                previous = b;
            }
            range = meta.get("positionRange").asInt();
            pairMin = meta.get("pairMin").asInt();
            pairGap = meta.get("pairGap").asInt();
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

        String pairFile(String key) {
            return SearchIndexBuilder.bucketFile(SearchIndexBuilder.bucketOf(key, meta.get("pairBuckets").asInt()));
        }

        String shardFile(String key) {
            return "t/" + SearchIndexBuilder.fileName(shards.get(shardOf(key))) + ".js";
        }

        /** Documents of a key's postings (terms or pairs). */
        List<Integer> postings(String key) {
            JsonNode posting = data(key.indexOf(' ') < 0 ? shardFile(key) : pairFile(key)).get(key);
            List<Integer> docs = new ArrayList<>();
            if (posting != null) {
                int doc = -1;
                for (int code : Vlq.decode(posting.asString())) {
                    doc += (key.indexOf(' ') < 0 ? code / 32 : code) + 1;
                    docs.add(doc);
                }
            }
            return docs;
        }

        void add(Map<String, Long> parts, Set<String> loaded, String part, String file) {
            if (files.containsKey(file) && loaded.add(file)) {
                parts.merge(part, (long) files.get(file).length, Long::sum);
            }
        }

        Map<String, Long> bytesFor(String query, String filter) {
            Set<String> loaded = new LinkedHashSet<>();
            Map<String, Long> parts = new java.util.LinkedHashMap<>();
            add(parts, loaded, "meta", "meta.js");
            boolean phrase = query.startsWith("\"");
            String[] words = query.replace("\"", "").split(" ");
            Set<Integer> result = null;
            List<Set<Integer>> excluded = new ArrayList<>();
            List<FrenchAnalysis.Token> tokens = new ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                boolean exclude = words[i].startsWith("-");
                String word = exclude ? words[i].substring(1) : words[i];
                String term = analysis.normalise(word);
                if (term.isEmpty()) {
                    continue;
                }
                add(parts, loaded, "postings", shardFile(term));
                if (i == words.length - 1 && !phrase && !exclude && term.length() >= 3) {
                    int first = shardOf(term);
                    int last = shardOf(term + "\uffff");
                    if (last - first < 2) {
                        for (int s = first; s <= last; s++) {
                            add(parts, loaded, "postings", "t/" + SearchIndexBuilder.fileName(shards.get(s)) + ".js");
                        }
                    }
                }
                Set<Integer> docs = new TreeSet<>(postings(term));
                if (i == words.length - 1 && !phrase && !exclude && term.length() >= 3) {
                    for (int s = shardOf(term); s <= shardOf(term + "\uffff"); s++) {
                        for (String key : data("t/" + SearchIndexBuilder.fileName(shards.get(s)) + ".js").propertyNames()) {
                            if (key.startsWith(term)) {
                                docs.addAll(postings(key));
                            }
                        }
                    }
                }
                if (exclude) {
                    excluded.add(docs);
                } else if (result == null) {
                    result = docs;
                } else {
                    result.retainAll(docs);
                }
            }
            if (filter.startsWith("s:")) {
                String file = "s/" + SearchIndexBuilder.fileName(filter.substring(2)) + ".js";
                add(parts, loaded, "filter", file);
                Set<Integer> docs = new TreeSet<>();
                int doc = -1;
                for (int d : Vlq.decode(data(file).asString())) {
                    doc += d + 1;
                    docs.add(doc);
                }
                result.retainAll(docs);
            } else if (filter.startsWith("y:")) {
                for (JsonNode y : meta.get("years")) {
                    if (y.get(0).asString().equals(filter.substring(2))) {
                        result.removeIf(d -> d < y.get(1).asInt() || d >= y.get(2).asInt());
                    }
                }
            }
            if (phrase) {
                tokens.addAll(analysis.analyze(query.replace("\"", "")));
            }
            if (phrase && tokens.size() > 1) {
                int pairs = 0;
                for (int k = 0; k + 1 < tokens.size(); k++) {
                    String a = tokens.get(k).term();
                    String b = tokens.get(k + 1).term();
                    int gap = tokens.get(k + 1).position() - tokens.get(k).position();
                    if (gap <= pairGap && postings(a).size() >= pairMin && postings(b).size() >= pairMin) {
                        String key = a + " " + b + " " + gap;
                        add(parts, loaded, "pairs", pairFile(key));
                        result.retainAll(postings(key));
                        pairs++;
                    }
                }
                if (!(tokens.size() == 2 && pairs == 1) && result.size() <= 10) {
                    result.forEach(d -> add(parts, loaded, "texts", "x/" + d + ".js")); // candidates' texts checked
                } else if (!(tokens.size() == 2 && pairs == 1)) {
                    Set<Integer> ranges = new TreeSet<>();
                    result.forEach(d -> ranges.add(d / range));
                    for (FrenchAnalysis.Token t : tokens) {
                        for (int r : ranges) {
                            add(parts, loaded, "positions", "p/" + SearchIndexBuilder.fileName(shards.get(shardOf(t.term())))
                                    + "-" + r + ".js");
                        }
                    }
                }
            }
            excluded.forEach(result::removeAll);
            // First page: ten results; the engine ranks them, here the ten newest stand in for them.
            result.stream().limit(10).forEach(d -> add(parts, loaded, "texts", "x/" + d + ".js"));
            return parts;
        }
    }
}
