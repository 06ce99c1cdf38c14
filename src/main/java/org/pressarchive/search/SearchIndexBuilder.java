package org.pressarchive.search;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.pressarchive.model.Slugs;

/**
 * Builds the search index of one interface language as script files:
 * <ul>
 *   <li>{@code meta.js}: analysis lists (stop words, elisions), shard boundaries, year ranges,
 *       speaker and country filter values, document count;</li>
 *   <li>{@code t-<n>.js}: postings of the terms in shard {@code n} (terms sorted, cut when a shard
 *       reaches {@link #SHARD_TARGET} characters, so one query loads a few small files);</li>
 *   <li>{@code p-<n>.js}: positions of the same terms, loaded only for phrase queries;</li>
 *   <li>{@code d-<n>.js}: the document table in chunks of {@link #DOC_CHUNK} (id, title, date,
 *       speakers, text language), loaded only for the results shown;</li>
 *   <li>{@code x/<doc>.js}: the paragraphs of one document, for snippets of shown results;</li>
 *   <li>{@code s-<n>.js}, {@code c-<n>.js}: the documents of speaker / country {@code n}, loaded
 *       only when that filter is set. Years need no file: documents run newest first, so a year
 *       is a range of document numbers.</li>
 * </ul>
 * Documents are numbered in the order given (newest first), which makes "newer first" the
 * tie-break of ranking. Output is deterministic.
 */
public final class SearchIndexBuilder {
    /** Target size of one postings shard, in characters. */
    public static final int SHARD_TARGET = 24 * 1024;
    /** Target size of one positions shard, in characters (a shard is cut when either target is reached). */
    public static final int POSITIONS_TARGET = 48 * 1024;
    /** Documents per chunk of the document table. */
    public static final int DOC_CHUNK = 32;
    public static final int FORMAT_VERSION = 1;
    /** Documents analysed together before their terms are merged into the postings. */
    private static final int ANALYSIS_BATCH = 512;

    private final FrenchAnalysis analysis;
    private final ScriptWrapper scripts = new ScriptWrapper();

    public SearchIndexBuilder(FrenchAnalysis analysis) {
        this.analysis = analysis;
    }

    /**
     * @param lang        interface language of the index
     * @param docs        documents, newest first
     * @param hrefPattern link from the search page to a release page, as the parts before and after the id
     */
    public List<IndexFile> build(String lang, List<SearchDocument> docs, List<String> hrefPattern) {
        // Documents are analysed on all cores a batch at a time and merged in document order, so
        // only one batch of per-document term maps is alive at once, whatever the corpus size.
        java.util.HashMap<String, Postings> byTerm = new java.util.HashMap<>();
        for (int from = 0; from < docs.size(); from += ANALYSIS_BATCH) {
            int base = from;
            List<Map<String, DocumentTerms.Occurrences>> perDoc = IntStream
                    .range(from, Math.min(docs.size(), from + ANALYSIS_BATCH)).parallel()
                    .mapToObj(i -> DocumentTerms.of(docs.get(i), analysis)).toList();
            for (int k = 0; k < perDoc.size(); k++) {
                for (Map.Entry<String, DocumentTerms.Occurrences> e : perDoc.get(k).entrySet()) {
                    byTerm.computeIfAbsent(e.getKey(), t -> new Postings()).add(base + k, e.getValue());
                }
            }
        }
        TreeMap<String, Postings> postings = new TreeMap<>(byTerm);
        List<IndexFile> files = new ArrayList<>();
        List<String> boundaries = writeShards(postings, files);
        writeDocTable(docs, files);
        for (int d = 0; d < docs.size(); d++) {
            SearchDocument doc = docs.get(d);
            String key = "x/" + d;
            files.add(new IndexFile(key + ".js", () -> scripts.wrap(key, textOf(doc))));
        }
        ObjectNode meta = scripts.mapper().createObjectNode();
        meta.put("version", FORMAT_VERSION);
        meta.put("lang", lang);
        meta.put("docs", docs.size());
        meta.put("docChunk", DOC_CHUNK);
        strings(meta.putArray("href"), hrefPattern);
        strings(meta.putArray("stop"), analysis.stopWords());
        strings(meta.putArray("elisions"), analysis.elisions());
        strings(meta.putArray("shards"), boundaries);
        writeYears(docs, meta.putArray("years"));
        writeFacet(docs, "s", d -> d.speakers().stream().map(s -> new String[] {s.id(), s.name()}).toList(),
                meta.putArray("speakers"), files);
        writeFacet(docs, "c", d -> d.countries().stream().map(c -> new String[] {Slugs.slug(c), c}).toList(),
                meta.putArray("countries"), files);
        byte[] metaBytes = scripts.wrap("meta", meta);
        files.add(0, new IndexFile("meta.js", () -> metaBytes));
        return files;
    }

    /** Postings of one term, in document order. */
    private static final class Postings {
        final StringBuilder docs = new StringBuilder();
        final StringBuilder positions = new StringBuilder();
        int lastDoc = -1;

        void add(int doc, DocumentTerms.Occurrences o) {
            Vlq.append(docs, doc - lastDoc);
            lastDoc = doc;
            Vlq.append(docs, o.speaker ? 1 : 0);
            Vlq.append(docs, o.units.size());
            int lastUnit = -1;
            for (int k = 0; k < o.units.size(); k++) {
                int unit = o.units.get(k);
                Vlq.append(docs, unit - lastUnit);
                lastUnit = unit;
                List<Integer> pos = o.positions.get(k);
                Vlq.append(positions, pos.size());
                int lastPos = -1;
                for (int p : pos) {
                    Vlq.append(positions, p - lastPos);
                    lastPos = p;
                }
            }
            Vlq.append(docs, o.bodyFrequency());
        }
    }

    private List<String> writeShards(TreeMap<String, Postings> postings, List<IndexFile> files) {
        List<String> boundaries = new ArrayList<>();
        ObjectNode terms = null;
        ObjectNode positions = null;
        int size = 0;
        int positionsSize = 0;
        for (Map.Entry<String, Postings> e : postings.entrySet()) {
            int entrySize = e.getKey().length() + e.getValue().docs.length() + 6;
            int entryPositions = e.getKey().length() + e.getValue().positions.length() + 6;
            boolean full = size + entrySize > SHARD_TARGET || positionsSize + entryPositions > POSITIONS_TARGET;
            if (terms == null || full && size > 0) {
                if (terms != null) {
                    addShard(boundaries.size() - 1, terms, positions, files);
                }
                boundaries.add(boundaries.isEmpty() ? "" : e.getKey());
                terms = scripts.mapper().createObjectNode();
                positions = scripts.mapper().createObjectNode();
                size = 0;
                positionsSize = 0;
            }
            terms.put(e.getKey(), e.getValue().docs.toString());
            positions.put(e.getKey(), e.getValue().positions.toString());
            size += entrySize;
            positionsSize += entryPositions;
        }
        if (terms != null) {
            addShard(boundaries.size() - 1, terms, positions, files);
        }
        return boundaries;
    }

    private void addShard(int n, ObjectNode terms, ObjectNode positions, List<IndexFile> files) {
        byte[] t = scripts.wrap("t-" + n, terms);
        byte[] p = scripts.wrap("p-" + n, positions);
        files.add(new IndexFile("t-" + n + ".js", () -> t));
        files.add(new IndexFile("p-" + n + ".js", () -> p));
    }

    private void writeDocTable(List<SearchDocument> docs, List<IndexFile> files) {
        for (int start = 0; start < docs.size(); start += DOC_CHUNK) {
            ArrayNode chunk = scripts.mapper().createArrayNode();
            for (SearchDocument d : docs.subList(start, Math.min(docs.size(), start + DOC_CHUNK))) {
                ArrayNode row = chunk.addArray();
                row.add(d.releaseId());
                row.add(d.title());
                row.add(d.date() == null ? "" : d.date().toString());
                strings(row.addArray(), d.speakers().stream().map(SearchDocument.Speaker::name).toList());
                row.add(d.textLang());
            }
            String key = "d-" + start / DOC_CHUNK;
            byte[] bytes = scripts.wrap(key, chunk);
            files.add(new IndexFile(key + ".js", () -> bytes));
        }
    }

    private ArrayNode textOf(SearchDocument doc) {
        ArrayNode a = scripts.mapper().createArrayNode();
        for (int i = 0; i < doc.paragraphs().size(); i++) {
            a.addArray().add(doc.paragraphIds().get(i)).add(doc.paragraphs().get(i));
        }
        return a;
    }

    private static void writeYears(List<SearchDocument> docs, ArrayNode years) {
        int d = 0;
        while (d < docs.size()) {
            if (docs.get(d).date() == null) {
                d++;
                continue;
            }
            int year = docs.get(d).date().getYear();
            int from = d;
            while (d < docs.size() && docs.get(d).date() != null && docs.get(d).date().getYear() == year) {
                d++;
            }
            years.addArray().add(year).add(from).add(d);
        }
    }

    private void writeFacet(List<SearchDocument> docs, String prefix,
                            java.util.function.Function<SearchDocument, List<String[]>> values,
                            ArrayNode list, List<IndexFile> files) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Integer>> members = new TreeMap<>();
        for (int d = 0; d < docs.size(); d++) {
            for (String[] v : values.apply(docs.get(d))) {
                if (v[0].isEmpty()) {
                    continue;
                }
                names.putIfAbsent(v[0], v[1]);
                List<Integer> m = members.computeIfAbsent(v[0], k -> new ArrayList<>());
                if (m.isEmpty() || m.get(m.size() - 1).intValue() != d) {
                    m.add(d);
                }
            }
        }
        Collator collator = Collator.getInstance(Locale.FRENCH);
        List<String> keys = new ArrayList<>(members.keySet());
        keys.sort(Comparator.comparing((String k) -> names.get(k), collator).thenComparing(k -> k));
        for (int n = 0; n < keys.size(); n++) {
            String k = keys.get(n);
            list.addArray().add(k).add(names.get(k)).add(members.get(k).size());
            StringBuilder sb = new StringBuilder();
            int last = -1;
            for (int d : members.get(k)) {
                Vlq.append(sb, d - last);
                last = d;
            }
            String key = prefix + "-" + n;
            byte[] bytes = scripts.wrap(key, scripts.mapper().getNodeFactory().textNode(sb.toString()));
            files.add(new IndexFile(key + ".js", () -> bytes));
        }
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }
}
