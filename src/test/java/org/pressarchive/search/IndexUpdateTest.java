package org.pressarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An incremental update gives, byte for byte, the files of a full build of the changed documents. */
class IndexUpdateTest {
    private static final List<String> HREF = List.of("communiques/", ".html");
    private static final String[] COMMON = ("coopération développement partenariat stratégique relations économique "
            + "commerce sécurité paix stabilité région dialogue amitié confiance ministre président Chine France "
            + "énergie transition climat").split(" ");
    private static final String[] SYLLABLES = "ba be bi bo da de di do fa fe la le li lo ma me mi na ne pa pe ra re sa se ta te va ve"
            .split(" ");
    private final FrenchAnalysis analysis = new FrenchAnalysis();
    private final SearchIndexBuilder builder = new SearchIndexBuilder(analysis);

    private static String word(Random random, List<String> vocabulary) {
        if (random.nextInt(3) == 0) {
            return COMMON[random.nextInt(COMMON.length)];
        }
        return vocabulary.get((int) Math.floor(Math.pow(vocabulary.size(), random.nextDouble())) - 1);
    }

    private static String paragraph(Random random, List<String> vocabulary, int words) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < words; w++) {
            sb.append(w % 5 == 4 ? "de la " : "").append(word(random, vocabulary)).append(w % 9 == 8 ? ". " : " ");
        }
        return sb.toString().trim();
    }

    private static List<String> vocabulary(Random random, int size) {
        Set<String> seen = new TreeSet<>();
        List<String> out = new ArrayList<>();
        while (out.size() < size) {
            StringBuilder w = new StringBuilder();
            for (int i = 0, n = 2 + random.nextInt(3); i < n; i++) {
                w.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            w.append(random.nextBoolean() ? "tion" : "ique");
            if (seen.add(w.toString())) {
                out.add(w.toString());
            }
        }
        return out;
    }

    private static SearchDocument document(Random random, List<String> vocabulary, int d, int year) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0, n = 1 + random.nextInt(4); p < n; p++) {
            paragraphs.add(paragraph(random, vocabulary, 5 + random.nextInt(30)));
        }
        List<String[]> speakers = new ArrayList<>();
        for (int s = 0, n = random.nextInt(3); s < n; s++) {
            int k = random.nextInt(12);
            speakers.add(new String[] {"intervenant-" + k, "Intervenant " + (char) ('A' + k)});
        }
        List<String> countries = random.nextInt(4) == 0 ? List.of() : List.of(random.nextBoolean() ? "Chine" : "Pays " + random.nextInt(6));
        return SearchIndexBuilderTest.doc("r" + d, year + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10),
                "Entretien " + word(random, vocabulary) + " " + word(random, vocabulary), speakers, countries,
                paragraphs.toArray(String[]::new));
    }

    private static List<SearchDocument> corpus(Random random, List<String> vocabulary, int docs) {
        List<SearchDocument> out = new ArrayList<>();
        for (int d = 0; d < docs; d++) {
            out.add(document(random, vocabulary, d, 2025 - d * 5 / docs));
        }
        return out;
    }

    /** One random change to a document, keeping its place. */
    private static SearchDocument edit(Random random, List<String> vocabulary, SearchDocument doc) {
        List<String> paragraphs = new ArrayList<>(doc.paragraphs());
        List<SearchDocument.Speaker> speakers = new ArrayList<>(doc.speakers());
        List<String> countries = new ArrayList<>(doc.countries());
        String title = doc.title();
        LocalDate date = doc.date();
        switch (random.nextInt(10)) {
            case 8 -> { // many words no other document has: new terms, bigger shards
                List<String> fresh = vocabulary(new Random(random.nextLong()), 40 + random.nextInt(200));
                paragraphs.add(String.join(" ", fresh.stream().map(w -> "neuf" + w).toList()));
            }
            case 9 -> paragraphs = new ArrayList<>(List.of("Rien.")); // terms only this document had disappear
            case 0 -> paragraphs.set(random.nextInt(paragraphs.size()), paragraph(random, vocabulary, 3 + random.nextInt(30)));
            case 1 -> paragraphs.add(random.nextInt(paragraphs.size() + 1), paragraph(random, vocabulary, 3 + random.nextInt(20)));
            case 2 -> {
                if (paragraphs.size() > 1) {
                    paragraphs.remove(random.nextInt(paragraphs.size()));
                }
            }
            case 3 -> title = "Nouveau titre " + word(random, vocabulary) + " zorglub" + random.nextInt(5);
            case 4 -> speakers = random.nextBoolean() || speakers.isEmpty()
                    ? List.of(new SearchDocument.Speaker("intervenant-" + random.nextInt(15), "Nom " + random.nextInt(3)))
                    : List.of();
            case 5 -> countries = random.nextBoolean() ? List.of("Pays " + random.nextInt(9)) : List.of();
            case 6 -> date = date == null ? LocalDate.of(2020, 1, 1) : random.nextBoolean() ? date.minusYears(1) : null;
            default -> paragraphs.replaceAll(p -> p + " motnouveau" + random.nextInt(3) + " coopération stratégique");
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            ids.add("p" + (i + 1));
        }
        return new SearchDocument(doc.releaseId(), doc.textLang(), title, date, speakers, countries, paragraphs, ids);
    }

    private Map<String, byte[]> files(List<SearchDocument> docs) {
        Map<String, byte[]> out = new TreeMap<>();
        builder.build("fr", docs, HREF).forEach(f -> out.put(f.name(), f.content().get()));
        return out;
    }

    private static Map<String, String> text(Map<String, byte[]> files) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
        return out;
    }

    /** Applies the update of {@code before → after} to the previous files; empty when the update declined. */
    private Optional<Map<String, byte[]>> updated(Map<String, byte[]> previous, List<SearchDocument> after, Set<Integer> changed,
                                                  boolean giveAnalyses) {
        Map<Integer, AnalysedDocument> analyses = new HashMap<>();
        if (giveAnalyses) {
            changed.forEach(d -> analyses.put(d, AnalysedDocument.decode(AnalysedDocument.of(after.get(d), analysis).encode())));
        }
        Optional<IndexUpdate> update = builder.update("fr", after, analyses, changed, HREF, previous::get);
        return update.map(u -> {
            Map<String, byte[]> out = new TreeMap<>(previous);
            u.delete().forEach(name -> assertThat(out.remove(name)).as("deleted file existed: " + name).isNotNull());
            u.write().forEach((name, bytes) -> assertThat(bytes).as("written file changes: " + name)
                    .isNotEqualTo(previous.get(name)));
            out.putAll(u.write());
            return out;
        });
    }

    /** Whether a full build could not be updated: a term crossed the pair threshold, or the pair index changed size. */
    private static boolean mustRebuild(Map<String, byte[]> before, Map<String, byte[]> after) {
        JsonMapper json = JsonMapper.builder().build();
        JsonNode m0 = json.readTree(Json.data(before.get("meta.js")));
        JsonNode m1 = json.readTree(Json.data(after.get("meta.js")));
        if (m0.get("pairBuckets").asInt() != m1.get("pairBuckets").asInt()) {
            return true;
        }
        int min = m0.get("pairMin").asInt();
        Map<String, Integer> df0 = frequencies(before, json);
        Map<String, Integer> df1 = frequencies(after, json);
        Set<String> terms = new TreeSet<>(df0.keySet());
        terms.addAll(df1.keySet());
        return terms.stream().anyMatch(t -> (df0.getOrDefault(t, 0) >= min) != (df1.getOrDefault(t, 0) >= min));
    }

    private static Map<String, Integer> frequencies(Map<String, byte[]> files, JsonMapper json) {
        Map<String, Integer> out = new HashMap<>();
        files.forEach((name, bytes) -> {
            if (name.startsWith("t/")) {
                json.readTree(Json.data(bytes)).properties().forEach(e -> out.put(e.getKey(), Vlq.decode(e.getValue().asString()).length));
            }
        });
        return out;
    }

    @Property(tries = 60)
    void incrementalUpdateEqualsFullBuild(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int edits) {
        Random random = new Random(seed);
        List<String> vocabulary = vocabulary(random, 1500);
        List<SearchDocument> before = corpus(random, vocabulary, 60 + random.nextInt(100));
        Map<String, byte[]> previous = files(before);
        List<SearchDocument> after = new ArrayList<>(before);
        Set<Integer> changed = new TreeSet<>();
        for (int e = 0; e < edits; e++) {
            int d = random.nextInt(after.size());
            after.set(d, edit(random, vocabulary, after.get(d)));
            changed.add(d);
        }
        if (random.nextInt(5) == 0) {
            changed.add(random.nextInt(after.size())); // a document said to change that did not
        }
        Map<String, byte[]> expected = files(after);
        Optional<Map<String, byte[]>> result = updated(previous, after, changed, random.nextBoolean());
        long shards = previous.keySet().stream().filter(k -> k.startsWith("t/")).count();
        boolean recut = !previous.keySet().stream().filter(k -> k.startsWith("t/")).toList()
                .equals(expected.keySet().stream().filter(k -> k.startsWith("t/")).toList());
        Statistics.label("update").collect(result.isPresent() ? "updated" : "declined");
        Statistics.label("shards").collect(shards < 3 ? "1-2" : shards < 6 ? "3-5" : "6+");
        Statistics.label("shards re-cut").collect(recut);
        if (result.isEmpty()) {
            assertThat(mustRebuild(previous, expected)).as("the update declined without reason").isTrue();
            return;
        }
        assertThat(text(result.get())).containsExactlyEntriesOf(text(expected));
    }

    @Test
    void updatesChangeFewFilesAndSpanPositionRanges() {
        Random random = new Random(3);
        List<String> vocabulary = vocabulary(random, 800);
        List<SearchDocument> before = new ArrayList<>();
        for (int d = 0; d < 2 * SearchIndexBuilder.POSITION_RANGE + 100; d++) {
            before.add(SearchIndexBuilderTest.doc("r" + d, "2024-01-01", "T " + word(random, vocabulary), List.of(), List.of(),
                    paragraph(random, vocabulary, 3 + random.nextInt(6))));
        }
        Map<String, byte[]> previous = files(before);
        List<SearchDocument> after = new ArrayList<>(before);
        Set<Integer> changed = Set.of(5, SearchIndexBuilder.POSITION_RANGE + 7, after.size() - 1);
        for (int d : changed) {
            after.set(d, edit(random, vocabulary, after.get(d)));
        }
        Map<String, byte[]> expected = files(after);
        Map<String, byte[]> result = updated(previous, after, changed, true).orElseThrow();
        assertThat(text(result)).containsExactlyEntriesOf(text(expected));
        IndexUpdate update = builder.update("fr", after, Map.of(), changed, HREF, previous::get).orElseThrow();
        assertThat(update.write().size() + update.delete().size()).isLessThan(previous.size() / 20);
        // nothing changed: nothing to write
        assertThat(builder.update("fr", after, Map.of(), Set.of(3), HREF, expected::get).orElseThrow().write()).isEmpty();
    }

    @Test
    void declinesWhatItCannotDo() {
        Random random = new Random(5);
        List<String> vocabulary = vocabulary(random, 300);
        List<SearchDocument> before = corpus(random, vocabulary, 30);
        Map<String, byte[]> previous = files(before);
        assertThat(builder.update("fr", before.subList(1, 30), Map.of(), Set.of(0), HREF, previous::get)).isEmpty();
        Map<String, byte[]> missing = new TreeMap<>(previous);
        missing.remove("x/4.js");
        assertThat(builder.update("fr", before, Map.of(), Set.of(4), HREF, missing::get)).isEmpty();
        Map<String, byte[]> damaged = new TreeMap<>(previous);
        damaged.put("meta.js", "nonsense".getBytes(StandardCharsets.UTF_8));
        assertThat(builder.update("fr", before, Map.of(), Set.of(4), HREF, damaged::get)).isEmpty();
        assertThat(builder.update("fr", before, Map.of(), Set.of(99), HREF, previous::get)).isEmpty();
        List<SearchDocument> swapped = new ArrayList<>(before);
        swapped.set(3, before.get(4));
        swapped.set(4, before.get(3));
        assertThat(builder.update("fr", swapped, Map.of(), Set.of(), HREF, previous::get)).isEmpty();
    }
}
