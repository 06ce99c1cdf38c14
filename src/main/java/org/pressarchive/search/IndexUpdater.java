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
import org.pressarchive.search.IndexPostings.Prepared;
import org.pressarchive.search.SearchIndexBuilder.Facets;
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
        if (!meta.get("order").asString().equals(SearchIndexBuilder.order(docs))) {
            throw new CannotUpdate("releases moved, came or went");
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

        // New postings of the terms whose weight or positions changed in a changed document.
        Set<String> affected = new TreeSet<>();
        Set<String> docTerms = new HashSet<>();
        for (int d : changed) {
            Prepared b = before.get(d);
            Prepared a = after.get(d);
            for (Prepared p : List.of(b, a)) {
                for (String term : p.analysis.terms) {
                    if (docTerms.add(term) || !affected.contains(term)) {
                        if (!sameEntry(b, a, term)) {
                            affected.add(term);
                        }
                    }
                }
            }
        }
        Map<String, int[][]> oldDocs = new HashMap<>(); // term -> {docs, weights} before
        Map<String, int[][]> newDocs = new HashMap<>();
        Map<String, Boolean> dense = new HashMap<>();
        for (String term : affected) {
            String old = postings.get(term);
            int[][] o = old == null ? new int[][] {new int[0], new int[0]} : decodePostings(old, true);
            int[][] updated = merge(o, term, after);
            oldDocs.put(term, o);
            newDocs.put(term, updated);
            if ((o[0].length >= min) != (updated[0].length >= min)) {
                throw new CannotUpdate("a term becomes frequent or rare: pairs change everywhere");
            }
            if (updated[0].length == 0) {
                postings.remove(term);
            } else {
                postings.put(term, encodePostings(updated, true));
            }
        }

        // Pairs.
        for (String term : docTerms) {
            int df = affected.contains(term) ? newDocs.get(term)[0].length : count(postings.get(term));
            dense.put(term, df >= min);
        }
        Map<Integer, Set<String>> pairsBefore = new HashMap<>();
        Map<Integer, Set<String>> pairsAfter = new HashMap<>();
        Set<String> affectedPairs = new TreeSet<>();
        for (int d : changed) {
            pairsBefore.put(d, pairs(before.get(d).analysis, dense));
            pairsAfter.put(d, pairs(after.get(d).analysis, dense));
            for (String key : pairsBefore.get(d)) {
                if (!pairsAfter.get(d).contains(key)) {
                    affectedPairs.add(key);
                }
            }
            for (String key : pairsAfter.get(d)) {
                if (!pairsBefore.get(d).contains(key)) {
                    affectedPairs.add(key);
                }
            }
        }
        Map<Integer, TreeMap<String, String>> bucketContent = new TreeMap<>();
        long newPairSize = pairSize;
        for (String key : affectedPairs) {
            int b = SearchIndexBuilder.bucketOf(key, buckets);
            TreeMap<String, String> bucket = bucketContent.computeIfAbsent(b,
                    k -> new TreeMap<>(object(SearchIndexBuilder.bucketFile(k))));
            String old = bucket.get(key);
            int[] oldList = new int[0];
            if (old != null) {
                oldList = decodePostings(old, false)[0];
                newPairSize -= SearchIndexBuilder.entrySize(key, old);
            }
            int[] list = new int[oldList.length + changed.size()];
            int count = 0;
            int i = 0;
            for (int d : changed) {
                while (i < oldList.length && oldList[i] < d) {
                    list[count++] = oldList[i++];
                }
                if (i < oldList.length && oldList[i] == d) {
                    i++;
                }
                if (pairsAfter.get(d).contains(key)) {
                    list[count++] = d;
                }
            }
            while (i < oldList.length) {
                list[count++] = oldList[i++];
            }
            if (count == 0) {
                bucket.remove(key);
            } else {
                String value = encodePostings(new int[][] {Arrays.copyOf(list, count), null}, false);
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
        // Walk the old segments (one per old document of the range) beside the new documents.
        StringBuilder sb = new StringBuilder(old == null ? 64 : old.length() + 64);
        int at = 0;
        int k = 0;
        int[] oldList = oldDocs[0];
        while (k < oldList.length && oldList[k] < from) {
            k++;
        }
        boolean any = false;
        for (int d : newDocs[0]) {
            if (d < from) {
                continue;
            }
            if (d >= to) {
                break;
            }
            any = true;
            // skip old segments of documents before d (changed documents that lost the term)
            while (k < oldList.length && oldList[k] < d) {
                at = segmentEnd(old, at);
                k++;
            }
            boolean hadOld = k < oldList.length && oldList[k] == d;
            int end = hadOld ? segmentEnd(old, at) : at;
            if (changed.contains(d)) {
                Prepared p = after.get(d);
                int t = Arrays.binarySearch(p.analysis.terms, key);
                sb.append(new String(p.positions, p.segmentStart[t], p.segmentStart[t + 1] - p.segmentStart[t],
                        java.nio.charset.StandardCharsets.ISO_8859_1));
            } else if (hadOld) {
                sb.append(old, at, end);
            } else {
                throw new CannotUpdate("positions missing");
            }
            if (hadOld) {
                at = end;
                k++;
            }
        }
        return any ? sb.toString() : null;
    }

    /** Whether a term has the same weight and positions in two versions of a document (or is in neither). */
    private static boolean sameEntry(Prepared b, Prepared a, String term) {
        int i = Arrays.binarySearch(b.analysis.terms, term);
        int j = Arrays.binarySearch(a.analysis.terms, term);
        if (i < 0 || j < 0) {
            return i < 0 && j < 0;
        }
        return b.weight[i] == a.weight[j] && Arrays.equals(b.positions, b.segmentStart[i], b.segmentStart[i + 1],
                a.positions, a.segmentStart[j], a.segmentStart[j + 1]);
    }

    /** The number of values of a VLQ text (documents of a postings text). */
    private static int count(String vlq) {
        if (vlq == null) {
            throw new CannotUpdate("a term of a document has no postings");
        }
        int n = 0;
        for (int i = 0; i < vlq.length(); i++) {
            char c = vlq.charAt(i);
            if (c < 128 && Vlq.VALUES[c] >= 0 && Vlq.VALUES[c] < 32) {
                n++;
            }
        }
        return n;
    }

    /** A term's {documents, weights} with the changed documents' entries replaced by their new ones. */
    private int[][] merge(int[][] old, String term, Map<Integer, Prepared> after) {
        int[] docs = new int[old[0].length + changed.size()];
        int[] weights = new int[docs.length];
        int n = 0;
        int i = 0;
        for (int d : changed) {
            while (i < old[0].length && old[0][i] < d) {
                docs[n] = old[0][i];
                weights[n++] = old[1][i++];
            }
            if (i < old[0].length && old[0][i] == d) {
                i++;
            }
            Prepared p = after.get(d);
            int t = Arrays.binarySearch(p.analysis.terms, term);
            if (t >= 0) {
                docs[n] = d;
                weights[n++] = p.weight[t];
            }
        }
        while (i < old[0].length) {
            docs[n] = old[0][i];
            weights[n++] = old[1][i++];
        }
        return new int[][] {Arrays.copyOf(docs, n), Arrays.copyOf(weights, n)};
    }

    /** The end of the positions segment of one document starting at {@code at}. */
    private static int segmentEnd(String s, int at) {
        if (s == null) {
            throw new CannotUpdate("positions missing");
        }
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
            char c = s.charAt(at[0]++);
            int digit = c < 128 ? Vlq.VALUES[c] : -1;
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
        Map<String, String> out = bytes == null ? new LinkedHashMap<>() : parseObject(data(bytes));
        parsed.put(name, out);
        return out;
    }

    /** Reads {@code {"key":"value",…}} as the index writes it (string values; escapes only in keys). */
    static Map<String, String> parseObject(String json) {
        Map<String, String> out = new LinkedHashMap<>();
        int n = json.length();
        int i = 0;
        if (n < 2 || json.charAt(0) != '{' || json.charAt(n - 1) != '}') {
            throw new CannotUpdate("not an object");
        }
        i = 1;
        if (n == 2) {
            return out;
        }
        StringBuilder key = new StringBuilder();
        while (true) {
            i = readString(json, i, key);
            if (json.charAt(i++) != ':') {
                throw new CannotUpdate("bad object");
            }
            String k = key.toString();
            key.setLength(0);
            i = readString(json, i, key);
            out.put(k, key.toString());
            key.setLength(0);
            char c = json.charAt(i++);
            if (c == '}') {
                if (i != n) {
                    throw new CannotUpdate("trailing text");
                }
                return out;
            }
            if (c != ',') {
                throw new CannotUpdate("bad object");
            }
        }
    }

    /** Reads the JSON string starting at {@code at} into {@code out}; returns the index after it. */
    private static int readString(String json, int at, StringBuilder out) {
        if (json.charAt(at) != '"') {
            throw new CannotUpdate("not a string");
        }
        int i = at + 1;
        int from = i;
        while (true) {
            char c = json.charAt(i);
            if (c == '"') {
                out.append(json, from, i);
                return i + 1;
            }
            if (c == '\\') {
                out.append(json, from, i);
                char e = json.charAt(i + 1);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(json.substring(i + 2, i + 6), 16));
                        i += 4;
                    }
                    default -> out.append(e);
                }
                i += 2;
                from = i;
                continue;
            }
            i++;
        }
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
