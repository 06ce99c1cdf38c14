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
    void postingsListDocumentsUnitsAndFrequencies() {
        Map<String, String> f = files(new SearchIndexBuilder(analysis).build("fr", sample(), HREF));
        JsonNode shard = data(f.get("t-0.js"));
        String term = analysis.normalise("coopération");
        // doc 0: title (unit 0) and paragraph 2 (unit 2), 1 body occurrence; doc 1: paragraph 1.
        assertThat(Vlq.decode(shard.get(term).asString())).containsExactly(1, 0, 2, 1, 2, 1, 1, 0, 1, 2, 1);
        JsonNode positions = data(f.get("p-0.js"));
        // title: one at 0; paragraph 2: one at 1 ("les" is a stop word); doc 1: one at 1
        assertThat(Vlq.decode(positions.get(term).asString())).containsExactly(1, 1, 1, 2, 1, 2);
        // speaker names and countries set the speaker flag
        assertThat(Vlq.decode(shard.get(analysis.normalise("Qin")).asString())).containsExactly(2, 1, 0, 0);
    }

    @Test
    void metaListsYearsFacetsAndAnalysis() {
        Map<String, String> f = files(new SearchIndexBuilder(analysis).build("fr", sample(), HREF));
        JsonNode meta = data(f.get("meta.js"));
        assertThat(meta.get("docs").asInt()).isEqualTo(3);
        assertThat(meta.get("years").toString()).isEqualTo("[[2025,0,1],[2024,1,2]]");
        assertThat(meta.get("speakers").toString()).isEqualTo("[[\"qin-gang\",\"Qin Gang\",1],[\"wang-yi\",\"Wang Yi\",1]]");
        assertThat(meta.get("countries").toString()).isEqualTo("[[\"chine\",\"Chine\",2],[\"france\",\"France\",1]]");
        assertThat(Vlq.decode(data(f.get("c-0.js")).asString())).containsExactly(1, 1);
        assertThat(meta.get("stop").size()).isEqualTo(analysis.stopWords().size());
        assertThat(meta.get("href").toString()).isEqualTo("[\"communiques/\",\".html\"]");
        assertThat(f).containsKeys("d-0.js", "x/0.js", "x/2.js", "s-0.js", "s-1.js", "c-1.js");
        assertThat(data(f.get("x/1.js")).toString()).isEqualTo("[[\"p1\",\"Une coopération renforcée.\"]]");
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
        JsonNode boundaries = data(f.get("meta.js")).get("shards");
        assertThat(boundaries.size()).isGreaterThan(3);
        for (int n = 0; n < boundaries.size(); n++) {
            String from = boundaries.get(n).asString();
            String to = n + 1 < boundaries.size() ? boundaries.get(n + 1).asString() : null;
            String shard = f.get("t-" + n + ".js");
            assertThat(shard.length()).isLessThan(SearchIndexBuilder.SHARD_TARGET + 1024);
            for (String term : data(shard).propertyNames()) {
                assertThat(term.compareTo(from)).isGreaterThanOrEqualTo(0);
                if (to != null) {
                    assertThat(term.compareTo(to)).isLessThan(0);
                }
            }
        }
    }

    @Test
    void scriptsCannotBeBrokenByText() {
        List<SearchDocument> docs = List.of(doc("x", "2020-01-01", "</script><script>alert(1)</script>",
                List.of(), List.of(), "ligne\u2028séparée\u2029 \"guillemets\" \\ fin"));
        Map<String, String> f = files(new SearchIndexBuilder(analysis).build("fr", docs, HREF));
        f.values().forEach(s -> assertThat(s).doesNotContain("</script", "\u2028", "\u2029"));
        assertThat(data(f.get("d-0.js")).get(0).get(1).asString()).isEqualTo("</script><script>alert(1)</script>");
        assertThat(data(f.get("x/0.js")).get(0).get(1).asString()).isEqualTo("ligne\u2028séparée\u2029 \"guillemets\" \\ fin");
    }

    @Test
    void outputIsDeterministic() {
        Map<String, String> first = files(new SearchIndexBuilder(analysis).build("fr", sample(), HREF));
        Map<String, String> second = files(new SearchIndexBuilder(new FrenchAnalysis()).build("fr", sample(), HREF));
        assertThat(second).containsExactlyEntriesOf(first);
    }
}
