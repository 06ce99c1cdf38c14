package org.pressarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SearchIndexBuilderTest {
    private static final List<String> HREF = List.of("communiques/", ".html");
    private final FrenchAnalysis analysis = new FrenchAnalysis();
    private final JsonMapper json = JsonMapper.builder().build();

    static SearchDocument doc(String id, String date, String title, List<String[]> speakers, List<String> countries,
                              String... paragraphs) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            ids.add("p" + (i + 1));
        }
        return new SearchDocument(id, "fr", title, date == null ? null : LocalDate.parse(date),
                speakers.stream().map(s -> new SearchDocument.Speaker(s[0], s[1])).toList(), countries,
                List.of(paragraphs), ids);
    }

    private Map<String, String> files(List<IndexFile> files) {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach(f -> out.put(f.name(), new String(f.content().get(), StandardCharsets.UTF_8)));
        return out;
    }

    /** The JSON registered by an index script. */
    private JsonNode data(String script) {
        assertThat(script).startsWith("__pa_search(\"").endsWith(");\n");
        return json.readTree(script.substring(script.indexOf(',') + 1, script.length() - 3));
    }

    private List<SearchDocument> sample() {
        return List.of(
                doc("b", "2025-02-01", "Coopération sino-kazakhe", List.<String[]>of(new String[] {"wang-yi", "Wang Yi"}),
                        List.of("Chine"), "Premier paragraphe.", "Les coopérations économiques progressent."),
                doc("a", "2024-06-01", "Autre titre", List.<String[]>of(new String[] {"qin-gang", "Qin Gang"}),
                        List.of("Chine", "France"), "Une coopération renforcée."),
                doc("c", null, "Sans date", List.of(), List.of(), "Rien à signaler."));
    }

    @Test
    void vlqRoundTrips() {
        StringBuilder sb = new StringBuilder();
        int[] values = {0, 1, 31, 32, 33, 1023, 1024, 123456789};
        for (int v : values) {
            Vlq.append(sb, v);
        }
        assertThat(Vlq.decode(sb.toString())).containsExactly(values);
        assertThat(sb.substring(0, 3)).isEqualTo("ABf");
    }

    @Test
    void postingsHoldDocumentsAndWeightsPositionsHoldUnits() {
        Map<String, String> f = files(new SearchIndexBuilder(analysis).build("fr", sample(), HREF));
        JsonNode shard = data(f.get("t/_.js"));
        String term = analysis.normalise("coopération");
        // doc 0: title (16) and one body occurrence (1); doc 1 (next document): one body occurrence
        assertThat(Vlq.decode(shard.get(term).asString())).containsExactly(17, 1);
        JsonNode positions = data(f.get("p/_-0.js"));
        // doc 0: two units: title at 0, paragraph 2 at 1 ("les" is a stop word); doc 1: paragraph 1 at 1
        assertThat(Vlq.decode(positions.get(term).asString())).containsExactly(2, 1, 1, 1, 2, 1, 2, 1, 2, 1, 2);
        // speaker names and countries set the speaker flag (8); "qin" is only in document 1
        assertThat(Vlq.decode(shard.get(analysis.normalise("Qin")).asString())).containsExactly(32 + 8);
        assertThat(Vlq.decode(positions.get(analysis.normalise("Qin")).asString())).containsExactly(0);
    }

    @Test
    void pairsOfFrequentTermsListTheirDocuments() {
        List<SearchDocument> docs = List.of(
                doc("a", "2025-01-01", "Un", List.of(), List.of(), "Le partenariat stratégique global."),
                doc("b", "2025-01-01", "Deux", List.of(), List.of(), "Partenariat de la Chine, puis stratégique."),
                doc("c", "2025-01-01", "Trois", List.of(), List.of(), "Un partenariat stratégique."));
        Map<String, String> f = files(new SearchIndexBuilder(analysis).build("fr", docs, HREF));
        assertThat(data(f.get("meta.js")).get("pairBuckets").asInt()).isEqualTo(1);
        JsonNode shard = data(f.get("q/0.js"));
        String a = analysis.normalise("partenariat");
        String b = analysis.normalise("stratégique");
        assertThat(Vlq.decode(shard.get(a + " " + b + " 1").asString())).containsExactly(0, 1);
        assertThat(shard.has(a + " " + analysis.normalise("Chine") + " 3")).isFalse(); // "Chine" is in one document
        assertThat(data(f.get("meta.js")).get("pairMin").asInt()).isEqualTo(2);
    }

    @Test
    void metaListsYearsFacetsAndAnalysis() {
        Map<String, String> f = files(new SearchIndexBuilder(analysis).build("fr", sample(), HREF));
        JsonNode meta = data(f.get("meta.js"));
        assertThat(meta.get("docs").asInt()).isEqualTo(3);
        assertThat(meta.get("years").toString()).isEqualTo("[[2025,0,1],[2024,1,2]]");
        assertThat(meta.get("speakers").toString()).isEqualTo("[[\"qin-gang\",\"Qin Gang\",1],[\"wang-yi\",\"Wang Yi\",1]]");
        assertThat(meta.get("countries").toString()).isEqualTo("[[\"chine\",\"Chine\",2],[\"france\",\"France\",1]]");
        assertThat(Vlq.decode(data(f.get("c/chine.js")).asString())).containsExactly(0, 0);
        assertThat(Vlq.decode(data(f.get("s/wang_002dyi.js")).asString())).containsExactly(0);
        assertThat(meta.get("stop").size()).isEqualTo(analysis.stopWords().size());
        assertThat(meta.get("href").toString()).isEqualTo("[\"communiques/\",\".html\"]");
        assertThat(f).containsKeys("x/0.js", "x/2.js", "s/qin_002dgang.js", "c/france.js");
        assertThat(data(f.get("x/1.js")).toString()).isEqualTo("[\"a\",\"Autre titre\",\"2024-06-01\",[\"Qin Gang\"],\"fr\","
                + "[[\"p1\",\"Une coopération renforcée.\"]],[\"qin-gang\"],[\"Chine\",\"France\"]]");
    }

    @Test
    void shardsSplitBySizeAndCoverSortedTermRanges() {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                text.append("mot").append(Integer.toString((i * 61 + w * 7) % 5000, 36)).append("x ");
            }
            docs.add(doc("d" + i, "2020-01-01", "Titre " + i, List.of(), List.of(), text.toString()));
        }
        Map<String, String> f = files(new SearchIndexBuilder(analysis).build("fr", docs, HREF));
        List<String> boundaries = new ArrayList<>();
        String previous = "";
        for (String line : data(f.get("meta.js")).get("shards").asString().split("\n")) {
            previous = previous.substring(0, line.charAt(0) - '0') + line.substring(1);
            boundaries.add(previous);
        }
        assertThat(boundaries.size()).isGreaterThan(3);
        int keys = 0;
        for (int n = 0; n < boundaries.size(); n++) {
            String from = boundaries.get(n);
            String to = n + 1 < boundaries.size() ? boundaries.get(n + 1) : null;
            String shard = f.get("t/" + SearchIndexBuilder.fileName(from) + ".js");
            assertThat(shard.length()).isLessThan(SearchIndexBuilder.SHARD_MAX + 1024);
            if (to != null) {
                assertThat(shard.length()).isGreaterThan(SearchIndexBuilder.SHARD_MIN);
            }
            for (String term : data(shard).propertyNames()) {
                assertThat(term.compareTo(from)).isGreaterThanOrEqualTo(0);
                if (to != null) {
                    assertThat(term.compareTo(to)).isLessThan(0);
                }
                keys++;
            }
        }
        assertThat(keys).isGreaterThan(1000);
        assertThat(f.keySet().stream().filter(k -> k.startsWith("t/"))).hasSize(boundaries.size());
    }

    @Test
    void fileNamesAreSafeAndDistinct() {
        assertThat(SearchIndexBuilder.fileName("")).isEqualTo("_");
        assertThat(SearchIndexBuilder.fileName("ab9")).isEqualTo("ab9");
        assertThat(SearchIndexBuilder.fileName("a b")).isEqualTo("a_0020b");
        assertThat(SearchIndexBuilder.fileName("É")).isEqualTo("_00c9");
        assertThat(SearchIndexBuilder.fileName("x".repeat(100))).hasSize(49).isNotEqualTo(SearchIndexBuilder.fileName("x".repeat(101)));
        assertThat(SearchIndexBuilder.shortestAbove("coop", "cooperation")).isEqualTo("coope");
        assertThat(SearchIndexBuilder.shortestAbove("abc", "abd")).isEqualTo("abd");
        assertThat(SearchIndexBuilder.shortestAbove("abc", "b")).isEqualTo("b");
    }

    @Test
    void scriptsCannotBeBrokenByText() {
        List<SearchDocument> docs = List.of(doc("x", "2020-01-01", "</script><script>alert(1)</script>",
                List.of(), List.of(), "ligne\u2028séparée\u2029 \"guillemets\" \\ fin\u0001"));
        Map<String, String> f = files(new SearchIndexBuilder(analysis).build("fr", docs, HREF));
        f.values().forEach(s -> assertThat(s).doesNotContain("</script", "\u2028", "\u2029"));
        assertThat(data(f.get("x/0.js")).get(1).asString()).isEqualTo("</script><script>alert(1)</script>");
        assertThat(data(f.get("x/0.js")).get(5).get(0).get(1).asString())
                .isEqualTo("ligne\u2028séparée\u2029 \"guillemets\" \\ fin\u0001");
    }

    @Test
    void analysesRoundTripAndGiveTheSameIndex() {
        List<SearchDocument> docs = sample();
        SearchIndexBuilder builder = new SearchIndexBuilder(analysis);
        List<AnalysedDocument> analysed = builder.analyse(docs, java.util.Collections.nCopies(docs.size(), null));
        List<AnalysedDocument> decoded = analysed.stream().map(a -> AnalysedDocument.decode(a.encode())).toList();
        assertThat(decoded).isEqualTo(analysed);
        assertThat(decoded.get(0).describes(docs.get(0))).isTrue();
        assertThat(decoded.get(0).describes(docs.get(1))).isFalse();
        assertThat(files(builder.build("fr", docs, decoded, HREF))).containsExactlyEntriesOf(files(builder.build("fr", docs, HREF)));
        // a stale analysis is made again
        List<AnalysedDocument> stale = List.of(decoded.get(1), decoded.get(1), decoded.get(2));
        assertThat(files(builder.build("fr", docs, stale, HREF))).containsExactlyEntriesOf(files(builder.build("fr", docs, HREF)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AnalysedDocument.decode(new byte[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class);
        byte[] bytes = analysed.get(0).encode();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> AnalysedDocument.decode(java.util.Arrays.copyOf(bytes, bytes.length - 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void outputIsDeterministic() {
        Map<String, String> first = files(new SearchIndexBuilder(analysis).build("fr", sample(), HREF));
        Map<String, String> second = files(new SearchIndexBuilder(new FrenchAnalysis()).build("fr", sample(), HREF));
        assertThat(second).containsExactlyEntriesOf(first);
    }
}
