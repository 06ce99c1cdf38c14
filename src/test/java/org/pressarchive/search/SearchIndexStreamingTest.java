package org.pressarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.lang.ref.WeakReference;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.junit.jupiter.api.Test;

/**
 * The index is built from compact postings and its files are made when asked for; the bytes must
 * stay those of the format that {@code search.js} reads. The digests below were taken from the
 * builder that held every document and every file in memory (before the streaming build): a change
 * of them is a change of the output, which needs a new {@link SearchIndexBuilder#FORMAT_VERSION}.
 */
class SearchIndexStreamingTest {
    private static final List<String> HREF = List.of("communiques/", ".html");
    private static final String[] COMMON = ("coopération développement partenariat stratégique relations économique "
            + "commerce sécurité paix stabilité région dialogue amitié confiance ministre président Chine France "
            + "énergie transition climat").split(" ");
    private static final String[] ODD = {"</script>", "\"guillemets\"", "ligne\u2028séparée\u2029", "œuvre",
            "emoji\uD83D\uDE00", "anti\\slash", "x".repeat(90), "Ελλάδα", "l'amitié", "aujourd’hui", "3,5", "n°12"};
    private static final String[] SYLLABLES = "ba be bi bo da de di do fa fe la le li lo ma me mi na ne pa pe ra re sa se ta te va ve"
            .split(" ");

    /** A corpus of {@code docs} documents over several position ranges, with frequent pairs and odd text. */
    static List<SearchDocument> corpus(long seed, int docs) {
        Random random = new Random(seed);
        List<String> vocabulary = new ArrayList<>();
        while (vocabulary.size() < 3000) {
            StringBuilder w = new StringBuilder();
            for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            vocabulary.add(w.append(random.nextBoolean() ? "tion" : "ique").toString());
        }
        List<SearchDocument> out = new ArrayList<>();
        for (int d = 0; d < docs; d++) {
            List<String> paragraphs = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (int p = 0, n = random.nextInt(5); p < n; p++) {
                StringBuilder sb = new StringBuilder();
                for (int w = 0, words = 3 + random.nextInt(40); w < words; w++) {
                    int k = random.nextInt(12);
                    String word = k < 4 ? COMMON[random.nextInt(COMMON.length)]
                            : k == 4 ? ODD[random.nextInt(ODD.length)]
                            : k == 5 ? "de la"
                            : vocabulary.get((int) Math.floor(Math.pow(vocabulary.size(), random.nextDouble())) - 1);
                    sb.append(word).append(w % 9 == 8 ? ". " : " ");
                }
                paragraphs.add(sb.toString().trim());
                ids.add("p" + (p + 1));
            }
            if (d >= docs * 4 / 5 && random.nextBoolean()) {
                // words of the last documents only: their shards have no positions in the first ranges
                StringBuilder sb = new StringBuilder();
                for (int w = 0; w < 30; w++) {
                    sb.append("zq").append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
                }
                paragraphs.add(sb.toString().trim());
                ids.add("p" + ids.size() + 1);
            }
            List<SearchDocument.Speaker> speakers = new ArrayList<>();
            for (int s = 0, n = random.nextInt(3); s < n; s++) {
                int k = random.nextInt(40);
                speakers.add(new SearchDocument.Speaker(k == 7 ? "" : "intervenant-" + k,
                        "Intervenant " + (k % 3 == 0 ? "É" : "") + (char) ('A' + k % 26)));
            }
            List<String> countries = random.nextInt(4) == 0 ? List.of()
                    : random.nextBoolean() ? List.of("Chine") : List.of("Pays " + random.nextInt(9), "Côte d’Ivoire");
            int year = 2025 - d * 7 / docs;
            LocalDate date = random.nextInt(50) == 0 ? null : LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            String title = random.nextInt(30) == 0 ? null
                    : "Entretien " + COMMON[random.nextInt(COMMON.length)] + " " + vocabulary.get(random.nextInt(200));
            out.add(new SearchDocument("r" + d, random.nextInt(20) == 0 ? "en" : "fr", title, date, speakers, countries,
                    paragraphs, ids));
        }
        return out;
    }

    /** SHA-256 over every file's name and bytes, in the order listed. */
    static String digest(List<IndexFile> files) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (IndexFile f : files) {
            sha.update(f.name().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(f.content().get());
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static final FrenchAnalysis ANALYSIS = new FrenchAnalysis();

    /** The document without its text, as {@code SearchOutputs} gives the builder. */
    private static SearchDocument head(SearchDocument d) {
        return new SearchDocument(d.releaseId(), d.textLang(), d.title(), d.date(), d.speakers(), d.countries(),
                List.of(), List.of());
    }

    /** A copy of the document (a new object each time it is asked for). */
    private static SearchDocument copy(SearchDocument d) {
        return new SearchDocument(d.releaseId(), d.textLang(), d.title(), d.date(), d.speakers(), d.countries(),
                new ArrayList<>(d.paragraphs()), new ArrayList<>(d.paragraphIds()));
    }

    @Test
    void bytesAreThoseOfTheBuilderThatHeldEverything() throws Exception {
        SearchIndexBuilder builder = new SearchIndexBuilder(ANALYSIS);
        // 5,000 documents: three position ranges, pair buckets, shards without positions in some ranges
        List<SearchDocument> docs = corpus(1, 5000);
        List<IndexFile> files = builder.build("fr", docs, HREF);
        assertThat(files).hasSize(5323);
        assertThat(digest(files)).isEqualTo("90d9447d81859600141d939d04f645595c4bbbf7b828bc2dcde0ef6cf613bea2");
        assertThat(files.stream().map(IndexFile::name).filter(n -> n.startsWith("q/")).count()).isGreaterThan(1);
        assertThat(files.stream().map(IndexFile::name).filter(n -> n.startsWith("p/") && n.endsWith("-0.js")).count())
                .isLessThan(files.stream().map(IndexFile::name).filter(n -> n.startsWith("t/")).count());
        // and from heads without text, the texts given by number
        List<IndexFile> streamed = builder.build("fr", docs.stream().map(SearchIndexStreamingTest::head).toList(),
                d -> copy(docs.get(d)), d -> null, HREF);
        assertThat(digest(streamed)).isEqualTo(digest(files));
        List<SearchDocument> few = corpus(2, 300);
        assertThat(digest(builder.build("fr", few, HREF)))
                .isEqualTo("ccd8674233aa5320f138aec4a85e487020ab7ceabae95244faae89fdd78b2977");
        assertThat(digest(builder.build("fr", corpus(3, 1), HREF)))
                .isEqualTo("e7e7ef61770d769de2aafbc3fad3e108bb58faab95b047edd6e44d1e251876a0");
        assertThat(digest(builder.build("fr", List.of(), HREF)))
                .isEqualTo("2419dead41a2582b88451c69c4b49cd973f2788fe000bdc3de25145cc3f77d4e");
        // from cached analyses, some of them stale
        List<AnalysedDocument> cached = new ArrayList<>(builder.analyse(few, java.util.Collections.nCopies(few.size(), null)));
        cached.set(3, cached.get(4));
        cached.set(5, null);
        assertThat(digest(builder.build("fr", few, cached, HREF))).isEqualTo(digest(builder.build("fr", few, HREF)));
    }

    @Test
    void textsAreReadOnceForThePostingsThenOnlyByTheirDocumentFiles() {
        List<SearchDocument> docs = corpus(4, 700);
        AtomicIntegerArray reads = new AtomicIntegerArray(docs.size());
        List<IndexFile> files = new SearchIndexBuilder(ANALYSIS).build("fr",
                docs.stream().map(SearchIndexStreamingTest::head).toList(), d -> {
                    reads.incrementAndGet(d);
                    return copy(docs.get(d));
                }, d -> null, HREF);
        for (int d = 0; d < docs.size(); d++) {
            assertThat(reads.get(d)).as("document %d", d).isEqualTo(1);
        }
        for (IndexFile f : files) {
            if (!f.name().startsWith("x/")) {
                f.content().get();
            }
        }
        for (int d = 0; d < docs.size(); d++) {
            assertThat(reads.get(d)).isEqualTo(1);
        }
        IndexFile x = files.stream().filter(f -> f.name().equals("x/17.js")).findFirst().orElseThrow();
        assertThat(new String(x.content().get(), StandardCharsets.UTF_8)).startsWith("__pa_search(\"x/17\",[\"r17\",");
        assertThat(reads.get(17)).isEqualTo(2);
        assertThat(reads.get(16)).isEqualTo(1);
    }

    @Test
    void noDocumentOrAnalysisIsKeptOnceTheFilesAreListed() throws Exception {
        List<SearchDocument> docs = corpus(5, 1200);
        List<WeakReference<SearchDocument>> given = java.util.Collections.synchronizedList(new ArrayList<>());
        List<SearchDocument> heads = docs.stream().map(SearchIndexStreamingTest::head).toList();
        List<IndexFile> files = new SearchIndexBuilder(ANALYSIS).build("fr", heads, d -> {
            SearchDocument doc = copy(docs.get(d));
            given.add(new WeakReference<>(doc));
            return doc;
        }, d -> null, HREF);
        assertThat(given).hasSize(docs.size());
        for (int i = 0; i < 20 && given.stream().anyMatch(r -> r.get() != null); i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(given.stream().filter(r -> r.get() != null).count()).isZero();
        assertThat(files).isNotEmpty(); // the files are still listed, and can still be made
        assertThat(files.get(0).content().get()).isNotEmpty();
    }

    @Test
    void filesAreTheSameWhenMadeTwiceOrOnSeveralThreads() {
        List<SearchDocument> docs = corpus(6, 2500);
        List<IndexFile> files = new SearchIndexBuilder(ANALYSIS).build("fr", docs, HREF);
        List<byte[]> first = files.stream().map(f -> f.content().get()).toList();
        List<byte[]> parallel = files.parallelStream().map(f -> f.content().get()).toList();
        for (int i = 0; i < files.size(); i++) {
            assertThat(parallel.get(i)).as(files.get(i).name()).isEqualTo(first.get(i));
        }
    }

    @Test
    void scriptsWrittenAsBytesAreThoseOfTheTextForm() {
        List<String> keys = List.of("a", "é<", "b\u2028", "emoji\uD83D\uDE00");
        List<String> values = java.util.Arrays.asList("ABC", null, "", "x\u00e9\uD83D");
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < keys.size(); i++) {
            if (values.get(i) != null) {
                Json.string(sb.append(sb.length() > 1 ? "," : ""), keys.get(i)).append(":\"").append(values.get(i)).append('"');
            }
        }
        byte[] expected = Json.script("t/x", sb.append('}'));
        assertThat(SearchIndexBuilder.termsScript("x", keys, values)).isEqualTo(expected);
        assertThat(SearchIndexBuilder.positionsScript("x", 0, keys, java.util.Arrays.asList(null, null, null, null))).isNull();
        assertThat(new String(SearchIndexBuilder.bucketScript(3, List.of(), List.of()), StandardCharsets.UTF_8))
                .isEqualTo("__pa_search(\"q/3\",{});\n");
    }
}
