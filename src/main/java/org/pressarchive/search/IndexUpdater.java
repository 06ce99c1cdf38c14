package org.pressarchive.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.pressarchive.model.Slugs;
import org.pressarchive.search.SearchIndexBuilder.Facets;
import org.pressarchive.search.SearchIndexBuilder.Prepared;
import org.pressarchive.search.SearchIndexBuilder.Shard;

/**
 * Computes {@link SearchIndexBuilder#update}: reads the previous {@code meta.js}, the postings
 * files and the files of the changed documents, takes the old text of each changed document from
 * its previous {@code x/} file (so the old analysis is made again, not trusted from a cache),
 * changes the postings, pairs and positions of the terms of the changed documents, cuts the
 * shards again exactly as a full build does, and keeps the files whose bytes differ.
 */
final class IndexUpdater {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SearchIndexBuilder builder;
    private final FrenchAnalysis analysis;
    private final String lang;
    private final List<SearchDocument> docs;
    private final Map<Integer, AnalysedDocument> analyses;
    private final TreeSet<Integer> changed;
    private final List<String> hrefPattern;
    private final Function<String, byte[]> previous;
    private final Map<String, byte[]> write = new TreeMap<>();
    private final Set<String> delete = new TreeSet<>();
    private final Map<String, Map<String, String>> parsed = new HashMap<>();

    IndexUpdater(SearchIndexBuilder builder, FrenchAnalysis analysis, String lang, List<SearchDocument> docs,
                 Map<Integer, AnalysedDocument> analyses, Set<Integer> changed, List<String> hrefPattern,
                 Function<String, byte[]> previous) {
        this.builder = builder;
        this.analysis = analysis;
        this.lang = lang;
        this.docs = docs;
        this.analyses = analyses;
        this.changed = new TreeSet<>(changed);
        this.hrefPattern = hrefPattern;
        this.previous = previous;
    }

    /** Thrown inside the update when it cannot be computed; the caller builds the whole index. */
    private static final class CannotUpdate extends RuntimeException {
        CannotUpdate(String why) {
            super(why, null, false, false);
        }
    }

    Optional<IndexUpdate> run() {
        try {
            return Optional.of(compute());
        } catch (CannotUpdate | tools.jackson.core.JacksonException | IllegalArgumentException
                 | java.time.DateTimeException | NullPointerException | IndexOutOfBoundsException e) {
            // Damaged or foreign files (a missing field reads as null): build the whole index instead.
            return Optional.empty();
        }
    }

    private byte[] read(String name) {
        byte[] bytes = previous.apply(name);
        if (bytes == null) {
            throw new CannotUpdate("missing " + name);
        }
        return bytes;
    }

    private void put(String name, byte[] bytes) {
        byte[] old = previous.apply(name);
        if (bytes == null) {
            if (old != null) {
                delete.add(name);
            }
        } else if (old == null || !Arrays.equals(old, bytes)) {
            write.put(name, bytes);
        }
    }

    private IndexUpdate compute() {
        int n = docs.size();
        for (int d : changed) {
            if (d < 0 || d >= n) {
                throw new CannotUpdate("no document " + d);
            }
        }
        JsonNode meta = JSON.readTree(data(read("meta.js")));
        int min = SearchIndexBuilder.pairMin(n);
        if (meta.get("version").asInt() != SearchIndexBuilder.FORMAT_VERSION || meta.get("docs").asInt() != n
                || meta.get("positionRange").asInt() != SearchIndexBuilder.POSITION_RANGE
                || meta.get("pairMin").asInt() != min || meta.get("pairGap").asInt() != SearchIndexBuilder.PAIR_GAP
                || !strings(meta.get("stop")).equals(analysis.stopWords())
                || !strings(meta.get("elisions")).equals(analysis.elisions())) {
            throw new CannotUpdate("another index format");
        }
        List<String> oldBoundaries = frontDecoded(meta.get("shards").asString());
        long pairSize = meta.get("pairSize").asLong();
        int buckets = meta.get("pairBuckets").asInt();
        if (buckets != SearchIndexBuilder.pairBuckets(pairSize)) {
            throw new CannotUpdate("inconsistent pair index");
        }

        // The changed documents: old text from their previous files, new text as given.
        Map<Integer, Prepared> before = new TreeMap<>();
        Map<Integer, Prepared> after = new TreeMap<>();
        Set<String> facetSpeakers = new TreeSet<>();
        Set<String> facetCountries = new TreeSet<>();
        for (int d : changed) {
            SearchDocument old = oldDocument(d, facetSpeakers, facetCountries);
            before.put(d, Prepared.of(AnalysedDocument.of(old, analysis)));
            AnalysedDocument a = analyses.get(d);
            SearchDocument doc = docs.get(d);
            if (a == null || !a.describes(doc)) {
                a = AnalysedDocument.of(doc, analysis);
            }
            after.put(d, Prepared.of(a));
            doc.speakers().forEach(s -> facetSpeakers.add(s.id()));
            doc.countries().forEach(c -> facetCountries.add(Slugs.slug(c)));
            put(SearchIndexBuilder.docFile(d), SearchIndexBuilder.docScript(d, doc));
        }

        // Every postings file of the previous index.
        TreeMap<String, String> postings = new TreeMap<>();
        Map<String, String> oldShardOf = new HashMap<>();
        Map<String, List<String>> oldShardKeys = new LinkedHashMap<>();
        for (String boundary : oldBoundaries) {
            String name = SearchIndexBuilder.fileName(boundary);
            Map<String, String> shard = object("t/" + name + ".js");
            oldShardKeys.put(name, new ArrayList<>(shard.keySet()));
            for (Map.Entry<String, String> e : shard.entrySet()) {
                if (postings.put(e.getKey(), e.getValue()) != null) {
                    throw new CannotUpdate("a key in two shards");
                }
                oldShardOf.put(e.getKey(), name);
            }
        }

        // New postings of the terms of the changed documents.
        Set<String> affected = new TreeSet<>();
        for (int d : changed) {
            affected.addAll(Arrays.asList(before.get(d).analysis.terms));
            affected.addAll(Arrays.asList(after.get(d).analysis.terms));
        }
        Map<String, int[][]> oldDocs = new HashMap<>(); // term -> {docs, weights} before
        Map<String, int[][]> newDocs = new HashMap<>();
        Map<String, Boolean> dense = new HashMap<>();
        for (String term : affected) {
            String old = postings.get(term);
            int[][] o = old == null ? new int[][] {new int[0], new int[0]} : decodePostings(old, true);
            TreeMap<Integer, Integer> entries = new TreeMap<>();
            for (int i = 0; i < o[0].length; i++) {
                if (!changed.contains(o[0][i])) {
                    entries.put(o[0][i], o[1][i]);
                }
            }
            for (int d : changed) {
                Prepared p = after.get(d);
                int t = Arrays.binarySearch(p.analysis.terms, term);
                if (t >= 0) {
                    entries.put(d, (int) p.weight[t]);
                }
            }
            int[][] updated = {entries.keySet().stream().mapToInt(Integer::intValue).toArray(),
                    entries.values().stream().mapToInt(Integer::intValue).toArray()};
            oldDocs.put(term, o);
            newDocs.put(term, updated);
            if ((o[0].length >= min) != (updated[0].length >= min)) {
                throw new CannotUpdate("a term becomes frequent or rare: pairs change everywhere");
            }
            dense.put(term, updated[0].length >= min);
            if (updated[0].length == 0) {
                postings.remove(term);
            } else {
                postings.put(term, encodePostings(updated, true));
            }
        }

        // Pairs.
        Map<Integer, Set<String>> pairsBefore = new HashMap<>();
        Map<Integer, Set<String>> pairsAfter = new HashMap<>();
        Set<String> affectedPairs = new TreeSet<>();
        for (int d : changed) {
            pairsBefore.put(d, pairs(before.get(d).analysis, dense));
            pairsAfter.put(d, pairs(after.get(d).analysis, dense));
            affectedPairs.addAll(pairsBefore.get(d));
            affectedPairs.addAll(pairsAfter.get(d));
        }
        Map<Integer, TreeMap<String, String>> bucketContent = new TreeMap<>();
        long newPairSize = pairSize;
        for (String key : affectedPairs) {
            int b = SearchIndexBuilder.bucketOf(key, buckets);
            TreeMap<String, String> bucket = bucketContent.computeIfAbsent(b,
                    k -> new TreeMap<>(object(SearchIndexBuilder.bucketFile(k))));
            String old = bucket.get(key);
            TreeSet<Integer> set = new TreeSet<>();
            if (old != null) {
                for (int d : decodePostings(old, false)[0]) {
                    set.add(d);
                }
                newPairSize -= SearchIndexBuilder.entrySize(key, old);
            }
            for (int d : changed) {
                set.remove(d);
                if (pairsAfter.get(d).contains(key)) {
                    set.add(d);
                }
            }
            if (set.isEmpty()) {
                bucket.remove(key);
            } else {
                String value = encodePostings(new int[][] {set.stream().mapToInt(Integer::intValue).toArray(), null}, false);
                bucket.put(key, value);
                newPairSize += SearchIndexBuilder.entrySize(key, value);
            }
        }
        if (SearchIndexBuilder.pairBuckets(newPairSize) != buckets) {
            throw new CannotUpdate("the pair index changes size");
        }
        for (Map.Entry<Integer, TreeMap<String, String>> e : bucketContent.entrySet()) {
            put(SearchIndexBuilder.bucketFile(e.getKey()), SearchIndexBuilder.bucketScript(e.getKey(),
                    new ArrayList<>(e.getValue().keySet()), new ArrayList<>(e.getValue().values())));
        }

        // Shards, cut again as a full build does.
        List<String> keys = new ArrayList<>(postings.keySet());
        int[] sizes = new int[keys.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = SearchIndexBuilder.entrySize(keys.get(i), postings.get(keys.get(i)));
        }
        List<Shard> shards = Shard.cut(keys, sizes);
        int ranges = SearchIndexBuilder.ranges(n);
        Set<Integer> changedRanges = new TreeSet<>();
        changed.forEach(d -> changedRanges.add(d / SearchIndexBuilder.POSITION_RANGE));
        Set<String> newNames = new HashSet<>();
        for (Shard s : shards) {
            newNames.add(s.name);
            List<String> shardKeys = keys.subList(s.from, s.to);
            List<String> oldKeys = oldShardKeys.get(s.name);
            boolean sameKeys = shardKeys.equals(oldKeys);
            boolean touched = shardKeys.stream().anyMatch(affected::contains);
            if (sameKeys && !touched) {
                continue;
            }
            put(s.termsFile(), SearchIndexBuilder.termsScript(s.name, shardKeys,
                    shardKeys.stream().map(postings::get).toList()));
            for (int r = 0; r < ranges; r++) {
                if (sameKeys && !changedRanges.contains(r)) {
                    continue;
                }
                List<String> values = new ArrayList<>(shardKeys.size());
                for (String key : shardKeys) {
                    values.add(positions(key, r, oldShardOf.get(key), affected.contains(key), oldDocs.get(key),
                            newDocs.get(key), before, after));
                }
                put(s.positionsFile(r), SearchIndexBuilder.positionsScript(s.name, r, shardKeys, values));
            }
        }
        for (Map.Entry<String, List<String>> old : oldShardKeys.entrySet()) {
            if (!newNames.contains(old.getKey())) {
                delete.add("t/" + old.getKey() + ".js");
                for (int r = 0; r < ranges; r++) {
                    if (previous.apply("p/" + old.getKey() + "-" + r + ".js") != null) {
                        delete.add("p/" + old.getKey() + "-" + r + ".js");
                    }
                }
            }
        }

        // Filters and meta.
        Facets facets = Facets.of(docs);
        for (String key : facetSpeakers) {
            facet(facets.speakers, key);
        }
        for (String key : facetCountries) {
            facet(facets.countries, key);
        }
        put("meta.js", builder.meta(lang, docs, hrefPattern, shards.stream().map(s -> s.boundary).toList(), newPairSize,
                facets));
        return new IndexUpdate(write, delete);
    }

    private void facet(SearchIndexBuilder.Facet facet, String key) {
        if (key.isEmpty()) {
            return;
        }
        put(facet.file(key), facet.members.containsKey(key) ? facet.script(key) : null);
    }

    /** The positions text of one key in one range in the new index (null when it has no document there). */
    private String positions(String key, int range, String oldShard, boolean affected, int[][] oldDocs, int[][] newDocs,
                             Map<Integer, Prepared> before, Map<Integer, Prepared> after) {
        String old = oldShard == null ? null : object("p/" + oldShard + "-" + range + ".js", true).get(key);
        if (!affected) {
            return old;
        }
        int from = range * SearchIndexBuilder.POSITION_RANGE;
        int to = from + SearchIndexBuilder.POSITION_RANGE;
        Map<Integer, String> segments = new HashMap<>();
        if (old != null) {
            int at = 0;
            for (int d : oldDocs[0]) {
                if (d >= from && d < to) {
                    int end = segmentEnd(old, at);
                    segments.put(d, old.substring(at, end));
                    at = end;
                }
            }
            if (at != old.length()) {
                throw new CannotUpdate("positions do not match postings");
            }
        }
        StringBuilder sb = new StringBuilder();
        boolean any = false;
        for (int d : newDocs[0]) {
            if (d < from || d >= to) {
                continue;
            }
            any = true;
            if (changed.contains(d)) {
                Prepared p = after.get(d);
                int t = Arrays.binarySearch(p.analysis.terms, key);
                sb.append(p.positions, p.segmentStart[t], p.segmentStart[t + 1] - p.segmentStart[t]);
            } else {
                String segment = segments.get(d);
                if (segment == null) {
                    throw new CannotUpdate("positions missing");
                }
                sb.append(segment);
            }
        }
        return any ? sb.toString() : null;
    }

    /** The end of the positions segment of one document starting at {@code at}. */
    private static int segmentEnd(String s, int at) {
        int[] i = {at};
        int units = next(s, i);
        for (int u = 0; u < units; u++) {
            next(s, i);
            int count = next(s, i);
            for (int k = 0; k < count; k++) {
                next(s, i);
            }
        }
        return i[0];
    }

    private static int next(String s, int[] at) {
        int value = 0;
        int shift = 0;
        while (true) {
            if (at[0] >= s.length()) {
                throw new CannotUpdate("truncated positions");
            }
            int digit = Vlq.ALPHABET.indexOf(s.charAt(at[0]++));
            if (digit < 0) {
                throw new CannotUpdate("not VLQ");
            }
            value |= (digit & 31) << shift;
            if ((digit & 32) == 0) {
                return value;
            }
            shift += 5;
        }
    }

    /** {documents, weights} of a postings text (weights null for a pair). */
    private static int[][] decodePostings(String text, boolean weighted) {
        int[] codes = Vlq.decode(text);
        int[] docs = new int[codes.length];
        int[] weights = weighted ? new int[codes.length] : null;
        int doc = -1;
        for (int i = 0; i < codes.length; i++) {
            int delta = weighted ? codes[i] >>> 5 : codes[i];
            doc += delta + 1;
            docs[i] = doc;
            if (weighted) {
                weights[i] = codes[i] & 31;
            }
        }
        return new int[][] {docs, weights};
    }

    private static String encodePostings(int[][] entries, boolean weighted) {
        StringBuilder sb = new StringBuilder();
        int last = -1;
        for (int i = 0; i < entries[0].length; i++) {
            int code = entries[0][i] - last - 1;
            Vlq.append(sb, weighted ? code * 32 + entries[1][i] : code);
            last = entries[0][i];
        }
        return sb.toString();
    }

    /** The pair keys of one document, given which of its terms are frequent. */
    private static Set<String> pairs(AnalysedDocument a, Map<String, Boolean> dense) {
        Set<String> keys = new HashSet<>();
        int from = 0;
        for (int end : a.unitEnds) {
            for (int i = from; i < end; i++) {
                String first = a.terms[a.tokenTerm[i]];
                if (!dense.get(first)) {
                    continue;
                }
                for (int j = i + 1; j < end; j++) {
                    int gap = a.tokenPosition[j] - a.tokenPosition[i];
                    if (gap > SearchIndexBuilder.PAIR_GAP) {
                        break;
                    }
                    String second = a.terms[a.tokenTerm[j]];
                    if (dense.get(second)) {
                        keys.add(SearchIndexBuilder.pairKey(first, second, gap));
                    }
                }
            }
            from = end;
        }
        return keys;
    }

    /** The document as its previous {@code x/} file shows it; notes its filter ids. */
    private SearchDocument oldDocument(int d, Set<String> speakers, Set<String> countries) {
        JsonNode row = JSON.readTree(data(read(SearchIndexBuilder.docFile(d))));
        List<String> names = strings(row.get(3));
        List<String> ids = strings(row.get(6));
        List<String> countryNames = strings(row.get(7));
        if (names.size() != ids.size()) {
            throw new CannotUpdate("bad document file");
        }
        List<SearchDocument.Speaker> list = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            list.add(new SearchDocument.Speaker(ids.get(i), names.get(i)));
            speakers.add(ids.get(i));
        }
        countryNames.forEach(c -> countries.add(Slugs.slug(c)));
        List<String> paragraphIds = new ArrayList<>();
        List<String> paragraphs = new ArrayList<>();
        for (JsonNode p : row.get(5)) {
            paragraphIds.add(p.get(0).asString());
            paragraphs.add(p.get(1).asString());
        }
        String date = row.get(2).asString();
        return new SearchDocument(row.get(0).asString(), row.get(4).asString(), row.get(1).asString(),
                date.isEmpty() ? null : LocalDate.parse(date), list, countryNames, paragraphs, paragraphIds);
    }

    private Map<String, String> object(String name) {
        return object(name, false);
    }

    /** The {@code {key: text}} object of a previous file (cached; empty for a missing one when allowed). */
    private Map<String, String> object(String name, boolean mayBeMissing) {
        Map<String, String> cached = parsed.get(name);
        if (cached != null) {
            return cached;
        }
        byte[] bytes = previous.apply(name);
        if (bytes == null && !mayBeMissing) {
            throw new CannotUpdate("missing " + name);
        }
        Map<String, String> out = new LinkedHashMap<>();
        if (bytes != null) {
            JsonNode node = JSON.readTree(data(bytes));
            if (!node.isObject()) {
                throw new CannotUpdate("not an object: " + name);
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                out.put(e.getKey(), e.getValue().asString());
            }
        }
        parsed.put(name, out);
        return out;
    }

    private static String data(byte[] bytes) {
        String json = Json.data(bytes);
        if (json == null) {
            throw new CannotUpdate("not an index script");
        }
        return json;
    }

    private static List<String> strings(JsonNode array) {
        if (array == null || !array.isArray()) {
            throw new CannotUpdate("not an array");
        }
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asString()));
        return out;
    }

    private static List<String> frontDecoded(String text) {
        List<String> out = new ArrayList<>();
        String previous = "";
        for (String line : text.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            int common = line.charAt(0) - '0';
            if (common < 0 || common > previous.length()) {
                throw new CannotUpdate("bad shard list");
            }
            previous = previous.substring(0, common) + line.substring(1);
            out.add(previous);
        }
        return out;
    }
}
