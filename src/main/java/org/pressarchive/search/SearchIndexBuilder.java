package org.pressarchive.search;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.pressarchive.model.Slugs;

/**
 * Builds the search index of one interface language as script files (format {@value #FORMAT_VERSION}),
 * made so that a query loads little:
 * <ul>
 *   <li>{@code meta.js}: analysis lists (stop words, elisions), shard boundaries (front-coded),
 *       year ranges, speaker and country filter values, document count, the few numbers the
 *       engine needs;</li>
 *   <li>{@code t/<b>.js}: the postings of the sorted terms from boundary {@code b} on: per term,
 *       per document (in order) one VLQ code, {@code (docDelta − 1) × 32 + weight}, the weight
 *       holding all that ranking needs (title hit 16, speaker-field hit 8, body frequency capped
 *       at 7, past which the score no longer grows);</li>
 *   <li>{@code q/<n>.js}: the pair index, in hashed buckets: for two frequent terms (in at least
 *       1/{@value #PAIR_DIVISOR} of the documents) {@code "a b g"} lists the documents where
 *       {@code b} is {@code g ≤ 3} positions after {@code a}; it answers two-word phrases of common
 *       words and narrows longer ones without positions;</li>
 *   <li>{@code p/<b>-<r>.js}: positions of shard {@code b}'s terms in the documents of range
 *       {@code r} ({@link #POSITION_RANGE} documents), loaded only to check a phrase in many
 *       candidate documents (a page's worth of candidates is checked on their texts);</li>
 *   <li>{@code x/<doc>.js}: one document's table row and paragraphs, loaded for shown results
 *       (the snippet's paragraph is chosen from the text);</li>
 *   <li>{@code s/<id>.js}, {@code c/<id>.js}: the documents of a speaker / country, loaded only
 *       when that filter is set. Years need no file: documents run newest first, so a year is a
 *       range of document numbers.</li>
 * </ul>
 * Shard boundaries are content-defined (a term starts a shard when the shard has reached
 * {@link #SHARD_MIN} characters and the term's hash says so, or when it would pass
 * {@link #SHARD_MAX}), and files are named after their boundary or id, so that changing one
 * release changes few files; {@link #update} computes those changes without a full build.
 * Documents are numbered in the order given (newest first), which makes "newer first" the
 * tie-break of ranking. Output is deterministic: the same documents give the same bytes.
 * {@link #FORMAT_VERSION} must change with any change of these files, of the analysis or of the
 * cutting parameters, so that {@link #update} refuses an index built otherwise.
 */
public final class SearchIndexBuilder {
    public static final int FORMAT_VERSION = 2;
    /** A shard is not cut before it holds this many characters (keys and postings). */
    public static final int SHARD_MIN = 8 * 1024;
    /** A shard is cut before a key that would take it past this many characters (a lone big key may). */
    public static final int SHARD_MAX = 24 * 1024;
    /** Past {@link #SHARD_MIN}, one key in this many starts a shard (by its hash). */
    static final int CUT_ODDS = 32;
    /** Documents per positions file of a shard. */
    public static final int POSITION_RANGE = 2048;
    /** Largest distance between the two terms of an indexed pair. */
    static final int PAIR_GAP = 3;
    /** Terms in at least this fraction (1/n) of the documents are frequent: their pairs are indexed. */
    static final int PAIR_DIVISOR = 8;

    /** Parts (a power of two) the terms are split in to merge postings on several cores. */
    private static final int MERGE_PARTS = 4;

    private final FrenchAnalysis analysis;

    public SearchIndexBuilder(FrenchAnalysis analysis) {
        this.analysis = analysis;
    }

    /** Documents needed by a term for its pairs to be indexed, for an index of {@code docs} documents. */
    static int pairMin(int docs) {
        return Math.max(2, (docs + PAIR_DIVISOR - 1) / PAIR_DIVISOR);
    }

    /**
     * The full index of {@code docs}, analysing every document.
     *
     * @param lang        interface language of the index
     * @param docs        documents, newest first
     * @param hrefPattern link from the search page to a release page, as the parts before and after the id
     */
    public List<IndexFile> build(String lang, List<SearchDocument> docs, List<String> hrefPattern) {
        return build(lang, docs, Collections.nCopies(docs.size(), null), hrefPattern);
    }

    /**
     * The analyses of {@code docs}: {@code cached.get(i)} when it {@linkplain AnalysedDocument#describes
     * describes} {@code docs.get(i)}, a new analysis (made on all cores) otherwise. {@code cached}
     * has one element per document, null where there is none.
     */
    public List<AnalysedDocument> analyse(List<SearchDocument> docs, List<AnalysedDocument> cached) {
        if (cached.size() != docs.size()) {
            throw new IllegalArgumentException("one cached analysis (or null) per document expected");
        }
        AnalysedDocument[] out = new AnalysedDocument[docs.size()];
        IntStream.range(0, docs.size()).parallel().forEach(i -> {
            AnalysedDocument c = cached.get(i);
            out[i] = c != null && c.describes(docs.get(i)) ? c : AnalysedDocument.of(docs.get(i), analysis);
        });
        return Arrays.asList(out);
    }

    /**
     * The full index of {@code docs} from their analyses (see {@link #analyse}); the bytes are those
     * of {@link #build(String, List, List)}. An analysis that does not describe its document is
     * made again.
     */
    public List<IndexFile> build(String lang, List<SearchDocument> docs, List<AnalysedDocument> analyses,
                                 List<String> hrefPattern) {
        List<AnalysedDocument> fitting = analyse(docs, analyses);
        Postings postings = Postings.of(fitting);
        List<String> keys = new ArrayList<>(postings.entries.size());
        int[] sizes = new int[postings.entries.size()];
        for (int i = 0; i < sizes.length; i++) {
            Entry e = postings.entries.get(i);
            keys.add(e.key);
            sizes[i] = entrySize(e.key, e.postings);
        }
        List<Shard> shards = Shard.cut(keys, sizes);
        List<IndexFile> files = new ArrayList<>();
        files.add(null); // meta.js, once the rest is known
        List<byte[][]> encoded = shards.parallelStream()
                .map(s -> s.encode(postings.entries, docs.size())).toList();
        for (int n = 0; n < shards.size(); n++) {
            Shard s = shards.get(n);
            byte[][] bytes = encoded.get(n);
            files.add(new IndexFile(s.termsFile(), constant(bytes[0])));
            for (int r = 0; r + 1 < bytes.length; r++) {
                if (bytes[r + 1] != null) {
                    files.add(new IndexFile(s.positionsFile(r), constant(bytes[r + 1])));
                }
            }
        }
        long pairSize = pairSize(postings.pairs);
        int buckets = pairBuckets(pairSize);
        byte[][] bucketBytes = encodeBuckets(postings.pairs, buckets);
        for (int b = 0; b < buckets; b++) {
            files.add(new IndexFile(bucketFile(b), constant(bucketBytes[b])));
        }
        for (int d = 0; d < docs.size(); d++) {
            SearchDocument doc = docs.get(d);
            int n = d;
            files.add(new IndexFile(docFile(d), () -> docScript(n, doc)));
        }
        Facets facets = Facets.of(docs);
        facets.files(files);
        byte[] meta = meta(lang, docs, hrefPattern, shards.stream().map(s -> s.boundary).toList(), pairSize, facets);
        files.set(0, new IndexFile("meta.js", constant(meta)));
        return files;
    }

    /**
     * What changes in a language's index when some documents change but every document keeps its
     * number (same count, same order): the files whose bytes differ from the previous build's, with
     * their new bytes, and the files to delete. Writing and deleting them turns the previous index
     * into exactly the one {@link #build} makes of the new documents.
     *
     * @param docs        all the documents, as they are now
     * @param analyses    the current analyses of at least the changed documents (keyed by document
     *                    number; any missing or stale one is made)
     * @param changed     numbers of the documents that may have changed (others must not have)
     * @param previous    the previous build's files of this index, by name ({@code meta.js},
     *                    {@code t/a.js}…); null for a missing or unreadable file
     * @return empty when the update cannot be computed from these files (another format, another
     *         document count, a file missing or damaged, a term becoming frequent or rare for pair
     *         indexing…): the caller then builds the whole index
     */
    public Optional<IndexUpdate> update(String lang, List<SearchDocument> docs, Map<Integer, AnalysedDocument> analyses,
                                        Set<Integer> changed, List<String> hrefPattern,
                                        Function<String, byte[]> previous) {
        return new IndexUpdater(this, analysis, lang, docs, analyses, changed, hrefPattern, previous).run();
    }

    private static java.util.function.Supplier<byte[]> constant(byte[] bytes) {
        return () -> bytes;
    }

    // ------------------------------------------------------------------ postings

    /** The key → postings table of the whole index, keys sorted. */
    static final class Postings {
        /** Terms, sorted. */
        final List<Entry> entries;
        /** Pairs, sorted. */
        final List<Entry> pairs;

        private Postings(List<Entry> entries, List<Entry> pairs) {
            this.entries = entries;
            this.pairs = pairs;
        }

        static Postings of(List<AnalysedDocument> analyses) {
            int n = analyses.size();
            Prepared[] prepared = new Prepared[n];
            IntStream.range(0, n).parallel().forEach(d -> prepared[d] = Prepared.of(analyses.get(d)));
            // Merged in document order; terms are split in parts by hash, each part on its own core.
            Entry[][] local = new Entry[n][];
            for (int d = 0; d < n; d++) {
                local[d] = new Entry[prepared[d].analysis.terms.length];
            }
            List<HashMap<String, Entry>> parts = IntStream.range(0, MERGE_PARTS).parallel().mapToObj(part -> {
                HashMap<String, Entry> byTerm = new HashMap<>();
                for (int d = 0; d < n; d++) {
                    Prepared p = prepared[d];
                    String[] terms = p.analysis.terms;
                    Entry[] l = local[d];
                    for (int t = 0; t < terms.length; t++) {
                        String term = terms[t];
                        if ((term.hashCode() & (MERGE_PARTS - 1)) != part) {
                            continue;
                        }
                        Entry e = byTerm.get(term);
                        if (e == null) {
                            e = new Entry(term, false);
                            byTerm.put(term, e);
                        }
                        e.addPosting(d, p.weight[t]);
                        e.addPositions(d, p.positions, p.segmentStart[t], p.segmentStart[t + 1]);
                        l[t] = e;
                    }
                }
                return byTerm;
            }).toList();
            HashMap<String, Entry> byTerm = new HashMap<>();
            parts.forEach(byTerm::putAll);
            List<Entry> terms = new ArrayList<>(byTerm.values());
            terms.sort(Comparator.comparing(e -> e.key));
            for (int i = 0; i < terms.size(); i++) {
                terms.get(i).id = i;
            }
            int min = pairMin(n);
            long[][] pairs = new long[n][];
            IntStream.range(0, n).parallel().forEach(d -> pairs[d] = pairKeys(prepared[d].analysis, local[d], min));
            LongIntMap pairIndex = new LongIntMap();
            List<long[]> pairKeys = new ArrayList<>();
            List<Entry> pairEntries = new ArrayList<>();
            for (int d = 0; d < n; d++) {
                for (long key : pairs[d]) {
                    int i = pairIndex.get(key);
                    if (i < 0) {
                        i = pairEntries.size();
                        pairIndex.put(key, i);
                        pairEntries.add(new Entry(null, true));
                        pairKeys.add(new long[] {key});
                    }
                    pairEntries.get(i).addPosting(d, -1);
                }
            }
            for (int i = 0; i < pairEntries.size(); i++) {
                long key = pairKeys.get(i)[0];
                pairEntries.get(i).key = pairKey(terms.get((int) (key >>> 34)).key,
                        terms.get((int) ((key >>> 4) & 0x3FFFFFFF)).key, (int) (key & 15));
            }
            pairEntries.sort(Comparator.comparing(e -> e.key));
            return new Postings(terms, pairEntries);
        }

        /** The distinct pairs of frequent terms of one document, as {@code idA << 34 | idB << 4 | gap}. */
        private static long[] pairKeys(AnalysedDocument a, Entry[] local, int min) {
            LongSet set = new LongSet();
            int from = 0;
            for (int end : a.unitEnds) {
                for (int i = from; i < end; i++) {
                    Entry first = local[a.tokenTerm[i]];
                    if (first.df < min) {
                        continue;
                    }
                    for (int j = i + 1; j < end; j++) {
                        int gap = a.tokenPosition[j] - a.tokenPosition[i];
                        if (gap > PAIR_GAP) {
                            break;
                        }
                        Entry second = local[a.tokenTerm[j]];
                        if (second.df >= min) {
                            set.add((long) first.id << 34 | (long) second.id << 4 | gap);
                        }
                    }
                }
                from = end;
            }
            return set.toArray();
        }
    }

    /** Target characters per pair bucket file. */
    static final int PAIR_BUCKET_TARGET = 8 * 1024;

    /** Buckets of the pair index: a power of two, each of {@link #PAIR_BUCKET_TARGET} characters or a half of it. */
    static int pairBuckets(long pairSize) {
        return Math.max(1, Integer.highestOneBit((int) Math.min(1 << 20, 2 * pairSize / PAIR_BUCKET_TARGET)));
    }

    /** Characters of all pair entries (what {@link #pairBuckets(long)} depends on). */
    static long pairSize(List<Entry> pairs) {
        long size = 0;
        for (Entry e : pairs) {
            size += entrySize(e.key, e.postings);
        }
        return size;
    }

    /** The bucket of a pair key (FNV-1a of its UTF-16 units; {@code search.js} computes the same). */
    static int bucketOf(String key, int buckets) {
        return fnv(key) & (buckets - 1);
    }

    static int fnv(String s) {
        int h = 0x811C9DC5;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x01000193;
        }
        return h;
    }

    static String bucketFile(int bucket) {
        return "q/" + bucket + ".js";
    }

    /** The pair bucket files, all of them (an empty bucket is an empty object). */
    static byte[][] encodeBuckets(List<Entry> pairs, int buckets) {
        List<List<String>> keys = new ArrayList<>();
        List<List<CharSequence>> values = new ArrayList<>();
        for (int b = 0; b < buckets; b++) {
            keys.add(new ArrayList<>());
            values.add(new ArrayList<>());
        }
        for (Entry e : pairs) {
            int b = bucketOf(e.key, buckets);
            keys.get(b).add(e.key);
            values.get(b).add(e.postings);
        }
        byte[][] out = new byte[buckets][];
        for (int b = 0; b < buckets; b++) {
            out[b] = bucketScript(b, keys.get(b), values.get(b));
        }
        return out;
    }

    /** A pair bucket file: {@code {pair key: documents…}}, keys sorted. */
    static byte[] bucketScript(int bucket, List<String> keys, List<? extends CharSequence> postings) {
        return Json.script("q/" + bucket, object(keys, postings));
    }

    /** The key of the pair "{@code second} {@code gap} positions after {@code first}". */
    static String pairKey(String first, String second, int gap) {
        return first + ' ' + second + ' ' + gap;
    }

    /** One key of the index: a term (postings and positions) or a pair (postings of documents only). */
    static final class Entry {
        String key;
        final boolean pair;
        final CharBuf postings = new CharBuf(16);
        int df;
        int id;
        private int lastDoc = -1;
        /** Positions of the term's documents, in order; range r starts at rangeStart[r] (-1: no document). */
        CharBuf positions;
        int[] rangeStart;
        private int lastRange = -1;

        Entry(String key, boolean pair) {
            this.key = key;
            this.pair = pair;
            if (!pair) {
                positions = new CharBuf(16);
            }
        }

        /** Adds a document (after every document added so far); weight -1 for a pair. */
        void addPosting(int doc, int weight) {
            int code = doc - lastDoc - 1;
            Vlq.append(postings, weight < 0 ? code : code * 32 + weight);
            lastDoc = doc;
            df++;
        }

        void addPositions(int doc, char[] chars, int from, int to) {
            int r = doc / POSITION_RANGE;
            if (r != lastRange) {
                if (rangeStart == null || rangeStart.length <= r) {
                    int old = rangeStart == null ? 0 : rangeStart.length;
                    rangeStart = rangeStart == null ? new int[r + 1] : Arrays.copyOf(rangeStart, r + 1);
                    Arrays.fill(rangeStart, old, r + 1, -1);
                }
                rangeStart[r] = positions.length;
                lastRange = r;
            }
            positions.append(chars, from, to - from);
        }

        /** The positions of the term's documents of range {@code r}, or null when it has none there. */
        String positions(int r) {
            if (rangeStart == null || r >= rangeStart.length || rangeStart[r] < 0) {
                return null;
            }
            int end = positions.length;
            for (int k = r + 1; k < rangeStart.length; k++) {
                if (rangeStart[k] >= 0) {
                    end = rangeStart[k];
                    break;
                }
            }
            return new String(positions.chars, rangeStart[r], end - rangeStart[r]);
        }
    }

    /** One document's weights and position lists, per term of its analysis. */
    static final class Prepared {
        final AnalysedDocument analysis;
        final byte[] weight;
        final char[] positions;
        final int[] segmentStart;

        private Prepared(AnalysedDocument analysis, byte[] weight, char[] positions, int[] segmentStart) {
            this.analysis = analysis;
            this.weight = weight;
            this.positions = positions;
            this.segmentStart = segmentStart;
        }

        static Prepared of(AnalysedDocument a) {
            int terms = a.terms.length;
            int tokens = a.tokenTerm.length;
            int[] count = new int[terms + 1];
            int[] tf = new int[terms];
            boolean[] title = new boolean[terms];
            int[] unitOf = new int[tokens];
            int from = 0;
            for (int u = 0; u < a.unitEnds.length; u++) {
                for (int i = from; i < a.unitEnds[u]; i++) {
                    unitOf[i] = u;
                    int t = a.tokenTerm[i];
                    count[t + 1]++;
                    if (u == 0) {
                        title[t] = true;
                    } else {
                        tf[t]++;
                    }
                }
                from = a.unitEnds[u];
            }
            for (int t = 0; t < terms; t++) {
                count[t + 1] += count[t];
            }
            int[] byTerm = new int[tokens];
            int[] fill = Arrays.copyOf(count, terms);
            for (int i = 0; i < tokens; i++) {
                byTerm[fill[a.tokenTerm[i]]++] = i;
            }
            byte[] weight = new byte[terms];
            StringBuilder sb = new StringBuilder(tokens * 2 + terms * 2);
            int[] segmentStart = new int[terms + 1];
            for (int t = 0; t < terms; t++) {
                weight[t] = (byte) ((title[t] ? 16 : 0) | (a.speaker[t] ? 8 : 0) | Math.min(7, tf[t]));
                segmentStart[t] = sb.length();
                appendSegment(sb, a, byTerm, count[t], count[t + 1], unitOf);
            }
            segmentStart[terms] = sb.length();
            char[] chars = new char[sb.length()];
            sb.getChars(0, chars.length, chars, 0);
            return new Prepared(a, weight, chars, segmentStart);
        }

        /** {@code units, (unitDelta, count, positionDelta…)…} of one term's tokens {@code byTerm[from, to)}. */
        private static void appendSegment(StringBuilder sb, AnalysedDocument a, int[] byTerm, int from, int to,
                                          int[] unitOf) {
            int units = 0;
            int lastUnit = -1;
            for (int k = from; k < to; k++) {
                if (unitOf[byTerm[k]] != lastUnit) {
                    units++;
                    lastUnit = unitOf[byTerm[k]];
                }
            }
            Vlq.append(sb, units);
            lastUnit = -1;
            int k = from;
            while (k < to) {
                int unit = unitOf[byTerm[k]];
                int end = k;
                while (end < to && unitOf[byTerm[end]] == unit) {
                    end++;
                }
                Vlq.append(sb, unit - lastUnit);
                Vlq.append(sb, end - k);
                int lastPosition = -1;
                for (int i = k; i < end; i++) {
                    int p = a.tokenPosition[byTerm[i]];
                    Vlq.append(sb, p - lastPosition);
                    lastPosition = p;
                }
                lastUnit = unit;
                k = end;
            }
        }
    }

    // ------------------------------------------------------------------ shards

    /** A run of sorted keys stored in one postings file (and its positions files). */
    static final class Shard {
        final int from;
        final int to;
        final String boundary;
        final String name;

        Shard(int from, int to, String boundary) {
            this.from = from;
            this.to = to;
            this.boundary = boundary;
            this.name = fileName(boundary);
        }

        String termsFile() {
            return "t/" + name + ".js";
        }

        String positionsFile(int range) {
            return "p/" + name + "-" + range + ".js";
        }

        /** Cuts sorted keys, of the given {@link #entrySize sizes}, into shards (see the class comment). */
        static List<Shard> cut(List<String> keys, int[] sizes) {
            List<Shard> shards = new ArrayList<>();
            int start = 0;
            long size = 0;
            for (int i = 0; i < keys.size(); i++) {
                int entrySize = sizes[i];
                if (i > start && (size >= SHARD_MIN && startsShard(keys.get(i)) || size + entrySize > SHARD_MAX)) {
                    shards.add(new Shard(start, i, boundary(keys, start)));
                    start = i;
                    size = 0;
                }
                size += entrySize;
            }
            if (start < keys.size()) {
                shards.add(new Shard(start, keys.size(), boundary(keys, start)));
            }
            return shards;
        }

        private static String boundary(List<String> keys, int start) {
            return start == 0 ? "" : shortestAbove(keys.get(start - 1), keys.get(start));
        }

        /** The postings file and the positions files (null where no term has a document in that range). */
        byte[][] encode(List<Entry> entries, int docs) {
            int ranges = ranges(docs);
            byte[][] out = new byte[ranges + 1][];
            List<String> keys = new ArrayList<>(to - from);
            List<CharSequence> values = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                keys.add(entries.get(i).key);
                values.add(entries.get(i).postings);
            }
            out[0] = termsScript(name, keys, values);
            for (int r = 0; r < ranges; r++) {
                values.clear();
                for (int i = from; i < to; i++) {
                    values.add(entries.get(i).positions(r));
                }
                out[r + 1] = positionsScript(name, r, keys, values);
            }
            return out;
        }
    }

    /** Positions files per shard for an index of {@code docs} documents. */
    static int ranges(int docs) {
        return (docs + POSITION_RANGE - 1) / POSITION_RANGE;
    }

    /** A postings file: {@code {key: postings…}}. */
    static byte[] termsScript(String name, List<String> keys, List<? extends CharSequence> postings) {
        return Json.script("t/" + name, object(keys, postings));
    }

    /** A positions file, or null when no key has positions there (values null for those without). */
    static byte[] positionsScript(String name, int range, List<String> keys, List<? extends CharSequence> positions) {
        for (CharSequence p : positions) {
            if (p != null) {
                return Json.script("p/" + name + "-" + range, object(keys, positions));
            }
        }
        return null;
    }

    /** {@code {key: value…}} of the keys whose value is not null; values are VLQ text (no escaping needed). */
    static StringBuilder object(List<String> keys, List<? extends CharSequence> values) {
        int size = 2;
        for (int i = 0; i < keys.size(); i++) {
            size += values.get(i) == null ? 0 : keys.get(i).length() + values.get(i).length() + 6;
        }
        StringBuilder sb = new StringBuilder(size + 16);
        sb.append('{');
        boolean any = false;
        for (int i = 0; i < keys.size(); i++) {
            CharSequence v = values.get(i);
            if (v != null) {
                if (any) {
                    sb.append(',');
                }
                Json.string(sb, keys.get(i)).append(":\"");
                if (v instanceof CharBuf buf) {
                    buf.appendTo(sb);
                } else {
                    sb.append(v);
                }
                sb.append('"');
                any = true;
            }
        }
        return sb.append('}');
    }

    /**
     * Sorted strings in one string: each as the number of leading characters it shares with the one
     * before (one character, {@code '0' + n}, n ≤ 40) and the rest, ended by a line feed.
     */
    static String frontCoded(List<String> sorted) {
        StringBuilder sb = new StringBuilder();
        String previous = "";
        for (String s : sorted) {
            int common = 0;
            int max = Math.min(40, Math.min(previous.length(), s.length()));
            while (common < max && previous.charAt(common) == s.charAt(common)) {
                common++;
            }
            sb.append((char) ('0' + common)).append(s, common, s.length()).append('\n');
            previous = s;
        }
        return sb.toString();
    }

    /** Characters a key takes in its shard (quotes, colon and comma included). */
    static int entrySize(String key, CharSequence postings) {
        return key.length() + postings.length() + 6;
    }

    /** Whether a key starts a new shard once the shard is big enough (content-defined, stable). */
    static boolean startsShard(String key) {
        int h = key.hashCode() * 0x9E3779B9;
        return (h >>> 27) % CUT_ODDS == 0;
    }

    /** The shortest prefix of {@code key} that sorts after {@code before} ({@code before < key}). */
    static String shortestAbove(String before, String key) {
        int i = 0;
        while (i < before.length() && i < key.length() && before.charAt(i) == key.charAt(i)) {
            i++;
        }
        return key.substring(0, Math.min(key.length(), i + 1));
    }

    /**
     * A file name (without extension) for a boundary or filter id: ASCII letters and digits as they
     * are, any other character as {@code _} and four hex digits; long names end with a hash.
     * {@code search.js} computes the same names.
     */
    static String fileName(String s) {
        if (s.isEmpty()) {
            return "_";
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                sb.append(c);
            } else {
                sb.append('_').append(String.format(Locale.ROOT, "%04x", (int) c));
            }
        }
        if (sb.length() > 64) {
            int h = fnv(s);
            sb.setLength(40);
            sb.append('_').append(String.format(Locale.ROOT, "%08x", h));
        }
        return sb.toString();
    }

    // ------------------------------------------------------------------ documents, facets, meta

    static String docFile(int d) {
        return "x/" + d + ".js";
    }

    /**
     * A document's file: {@code [id, title, date, [speaker names], text language,
     * [[paragraph id, text]…], [speaker ids], [countries]]}.
     */
    static byte[] docScript(int d, SearchDocument doc) {
        int length = doc.title() == null ? 0 : doc.title().length();
        for (String p : doc.paragraphs()) {
            length += p.length() + 16;
        }
        Json.Out out = new Json.Out(length + length / 8 + 256);
        out.ascii("__pa_search(\"x/").ascii(Integer.toString(d)).ascii("\",[");
        out.string(doc.releaseId()).ascii(',');
        out.string(doc.title() == null ? "" : doc.title()).ascii(',');
        out.string(doc.date() == null ? "" : doc.date().toString()).ascii(',');
        out.strings(doc.speakers().stream().map(SearchDocument.Speaker::name).toList()).ascii(',');
        out.string(doc.textLang()).ascii(",[");
        for (int i = 0; i < doc.paragraphs().size(); i++) {
            if (i > 0) {
                out.ascii(',');
            }
            out.ascii('[').string(doc.paragraphIds().get(i)).ascii(',').string(doc.paragraphs().get(i)).ascii(']');
        }
        out.ascii("],");
        out.strings(doc.speakers().stream().map(SearchDocument.Speaker::id).toList()).ascii(',');
        out.strings(doc.countries()).ascii("]);\n");
        return out.toBytes();
    }

    /** Speaker and country filter values and their documents. */
    static final class Facets {
        final Facet speakers;
        final Facet countries;

        private Facets(Facet speakers, Facet countries) {
            this.speakers = speakers;
            this.countries = countries;
        }

        static Facets of(List<SearchDocument> docs) {
            return new Facets(
                    Facet.of(docs, "s", d -> d.speakers().stream().map(s -> new String[] {s.id(), s.name()}).toList()),
                    Facet.of(docs, "c", d -> d.countries().stream().map(c -> new String[] {Slugs.slug(c), c}).toList()));
        }

        void files(List<IndexFile> files) {
            speakers.files(files);
            countries.files(files);
        }
    }

    /** One filter: its values (id, shown name, documents) in the order shown. */
    static final class Facet {
        final String prefix;
        final List<String> keys;
        final Map<String, String> names;
        final Map<String, int[]> members;

        private Facet(String prefix, List<String> keys, Map<String, String> names, Map<String, int[]> members) {
            this.prefix = prefix;
            this.keys = keys;
            this.names = names;
            this.members = members;
        }

        static Facet of(List<SearchDocument> docs, String prefix, Function<SearchDocument, List<String[]>> values) {
            Map<String, String> names = new HashMap<>();
            Map<String, AnalysedDocument.IntList> members = new TreeMap<>();
            for (int d = 0; d < docs.size(); d++) {
                for (String[] v : values.apply(docs.get(d))) {
                    if (v[0].isEmpty()) {
                        continue;
                    }
                    names.putIfAbsent(v[0], v[1]);
                    AnalysedDocument.IntList m = members.computeIfAbsent(v[0], k -> new AnalysedDocument.IntList(8));
                    if (m.size == 0 || m.values[m.size - 1] != d) {
                        m.add(d);
                    }
                }
            }
            Collator collator = Collator.getInstance(Locale.FRENCH);
            List<String> keys = new ArrayList<>(members.keySet());
            keys.sort(Comparator.comparing((String k) -> names.get(k), collator).thenComparing(k -> k));
            Map<String, int[]> arrays = new LinkedHashMap<>();
            for (String k : keys) {
                arrays.put(k, members.get(k).toArray());
            }
            return new Facet(prefix, keys, names, arrays);
        }

        String file(String key) {
            return prefix + "/" + fileName(key) + ".js";
        }

        byte[] script(String key) {
            StringBuilder sb = new StringBuilder();
            int last = -1;
            for (int d : members.get(key)) {
                Vlq.append(sb, d - last - 1);
                last = d;
            }
            return Json.script(prefix + "/" + fileName(key), "\"" + sb + "\"");
        }

        void files(List<IndexFile> files) {
            for (String k : keys) {
                byte[] bytes = script(k);
                files.add(new IndexFile(file(k), constant(bytes)));
            }
        }

        void list(StringBuilder sb) {
            sb.append('[');
            for (int i = 0; i < keys.size(); i++) {
                String k = keys.get(i);
                if (i > 0) {
                    sb.append(',');
                }
                sb.append('[');
                Json.string(sb, k).append(',');
                Json.string(sb, names.get(k)).append(',').append(members.get(k).length).append(']');
            }
            sb.append(']');
        }
    }

    byte[] meta(String lang, List<SearchDocument> docs, List<String> hrefPattern, List<String> boundaries, long pairSize,
                Facets facets) {
        StringBuilder sb = new StringBuilder(4096 + boundaries.size() * 12);
        sb.append("{\"version\":").append(FORMAT_VERSION);
        sb.append(",\"lang\":");
        Json.string(sb, lang);
        sb.append(",\"docs\":").append(docs.size());
        sb.append(",\"order\":");
        Json.string(sb, order(docs));
        sb.append(",\"positionRange\":").append(POSITION_RANGE);
        sb.append(",\"pairMin\":").append(pairMin(docs.size()));
        sb.append(",\"pairGap\":").append(PAIR_GAP);
        sb.append(",\"pairBuckets\":").append(pairBuckets(pairSize));
        sb.append(",\"pairSize\":").append(pairSize);
        sb.append(",\"href\":");
        Json.strings(sb, hrefPattern);
        sb.append(",\"stop\":");
        Json.strings(sb, analysis.stopWords());
        sb.append(",\"elisions\":");
        Json.strings(sb, analysis.elisions());
        sb.append(",\"shards\":");
        Json.string(sb, frontCoded(boundaries));
        sb.append(",\"years\":[");
        boolean first = true;
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
            sb.append(first ? "" : ",").append('[').append(year).append(',').append(from).append(',').append(d).append(']');
            first = false;
        }
        sb.append("],\"speakers\":");
        facets.speakers.list(sb);
        sb.append(",\"countries\":");
        facets.countries.list(sb);
        sb.append('}');
        return Json.script("meta", sb);
    }

    /** A fingerprint of the release ids in order: {@link #update} refuses documents that moved. */
    static String order(List<SearchDocument> docs) {
        long h = 0xCBF29CE484222325L;
        for (SearchDocument d : docs) {
            String id = d.releaseId();
            for (int i = 0; i < id.length(); i++) {
                h = (h ^ id.charAt(i)) * 0x100000001B3L;
            }
            h = (h ^ 0xFFFF) * 0x100000001B3L;
        }
        return Long.toHexString(h);
    }

    // ------------------------------------------------------------------ small collections

    /** A set of longs (open addressing; no negative keys). */
    static final class LongSet {
        private long[] slots = new long[1024];
        private int size;

        void add(long key) {
            long k = key + 1;
            int mask = slots.length - 1;
            int i = hash(k) & mask;
            while (slots[i] != 0) {
                if (slots[i] == k) {
                    return;
                }
                i = (i + 1) & mask;
            }
            slots[i] = k;
            if (++size * 2 > slots.length) {
                long[] old = slots;
                slots = new long[old.length * 2];
                size = 0;
                for (long o : old) {
                    if (o != 0) {
                        add(o - 1);
                    }
                }
            }
        }

        long[] toArray() {
            long[] out = new long[size];
            int n = 0;
            for (long s : slots) {
                if (s != 0) {
                    out[n++] = s - 1;
                }
            }
            return out;
        }
    }

    /** A map from non-negative longs to non-negative ints (open addressing). */
    static final class LongIntMap {
        private long[] keys = new long[1 << 12];
        private int[] values = new int[1 << 12];
        private int size;

        int get(long key) {
            long k = key + 1;
            int mask = keys.length - 1;
            int i = hash(k) & mask;
            while (keys[i] != 0) {
                if (keys[i] == k) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            return -1;
        }

        void put(long key, int value) {
            long k = key + 1;
            int mask = keys.length - 1;
            int i = hash(k) & mask;
            while (keys[i] != 0 && keys[i] != k) {
                i = (i + 1) & mask;
            }
            if (keys[i] == 0) {
                size++;
            }
            keys[i] = k;
            values[i] = value;
            if (size * 2 > keys.length) {
                long[] oldKeys = keys;
                int[] oldValues = values;
                keys = new long[oldKeys.length * 2];
                values = new int[oldKeys.length * 2];
                size = 0;
                for (int s = 0; s < oldKeys.length; s++) {
                    if (oldKeys[s] != 0) {
                        put(oldKeys[s] - 1, oldValues[s]);
                    }
                }
            }
        }
    }

    private static int hash(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 29));
    }
}
