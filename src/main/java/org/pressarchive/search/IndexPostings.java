package org.pressarchive.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The postings of a whole index in compact form, from which {@link SearchIndexBuilder} writes the
 * term, positions and pair files when they are asked for: per key, its postings and the positions
 * of its documents as the VLQ text the files hold (ASCII, one byte per character), and where each
 * {@linkplain #CHUNK chunk} of documents starts (so that a position range's positions, and a
 * chunk's postings, can be read without reading what comes before).
 *
 * <p>Made in one pass over the documents, in order, a batch of {@value #BATCH} at a time: a batch
 * is read and analysed on all cores, folded into the postings (terms split by hash, each part on
 * its own core), and dropped, so that only a batch of texts and analyses is ever alive. Pairs need
 * to know which terms are frequent, which the whole pass tells: they are found afterwards from the
 * positions of the frequent terms (tokens of a unit have increasing positions, so those positions
 * give the tokens' order), a chunk of documents at a time on each core.
 */
final class IndexPostings {
    /** Documents of a chunk: postings are marked where each chunk starts (a divisor of the position range). */
    static final int CHUNK = 256;
    /** Chunks of the position range. */
    private static final int CHUNKS_PER_RANGE = SearchIndexBuilder.POSITION_RANGE / CHUNK;
    /** Documents read and analysed at once. */
    static final int BATCH = 64;
    /** Parts (a power of two) the terms are split in to fold postings on several cores. */
    private static final int MERGE_PARTS = 4;

    /** Terms, sorted; a term's {@link Entry#id} is its index here. */
    final List<Entry> terms;
    /** Pairs of frequent terms ({@link SearchIndexBuilder#pairKey}), sorted. */
    final List<Entry> pairs;

    private IndexPostings(List<Entry> terms, List<Entry> pairs) {
        this.terms = terms;
        this.pairs = pairs;
    }

    /**
     * The postings of documents {@code 0 … docs - 1}.
     *
     * @param prepare gives one document's prepared analysis; called once per document, from several
     *                threads, never for more than {@value #BATCH} documents not yet folded
     */
    static IndexPostings of(int docs, IntFunction<Prepared> prepare) {
        List<HashMap<String, Entry>> parts = new ArrayList<>();
        for (int p = 0; p < MERGE_PARTS; p++) {
            parts.add(new HashMap<>());
        }
        Prepared[] batch = new Prepared[BATCH];
        for (int from = 0; from < docs; from += BATCH) {
            int first = from;
            int to = Math.min(docs, from + BATCH);
            IntStream.range(first, to).parallel().forEach(d -> batch[d - first] = prepare.apply(d));
            IntStream.range(0, MERGE_PARTS).parallel().forEach(part -> {
                HashMap<String, Entry> byTerm = parts.get(part);
                for (int d = first; d < to; d++) {
                    Prepared p = batch[d - first];
                    String[] terms = p.analysis.terms;
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
                        e.add(d, p.weight[t], p.positions, p.segmentStart[t], p.segmentStart[t + 1]);
                    }
                }
            });
            Arrays.fill(batch, null);
        }
        List<Entry> terms = new ArrayList<>();
        parts.forEach(m -> terms.addAll(m.values()));
        parts.clear();
        terms.sort(Comparator.comparing(e -> e.key));
        for (int i = 0; i < terms.size(); i++) {
            terms.get(i).id = i;
            terms.get(i).trim();
        }
        return new IndexPostings(terms, pairs(docs, terms));
    }

    // ------------------------------------------------------------------ pairs

    /** The pair entries of the index, from the positions of its frequent terms. */
    private static List<Entry> pairs(int docs, List<Entry> terms) {
        int min = SearchIndexBuilder.pairMin(docs);
        List<Entry> frequent = terms.stream().filter(e -> e.df >= min).toList();
        int chunks = (docs + CHUNK - 1) / CHUNK;
        int wave = 4 * Math.max(2, ForkJoinPool.getCommonPoolParallelism() + 1);
        SearchIndexBuilder.LongIntMap index = new SearchIndexBuilder.LongIntMap();
        List<Entry> entries = new ArrayList<>();
        long[] keys = new long[64];
        // Chunks a wave at a time, so that only a wave's pair lists are alive; added in document order.
        for (int c0 = 0; c0 < chunks; c0 += wave) {
            int from = c0;
            long[][][] found = IntStream.range(from, Math.min(chunks, from + wave)).parallel()
                    .mapToObj(c -> pairKeys(frequent, c, docs)).toArray(long[][][]::new);
            for (int k = 0; k < found.length; k++) {
                int base = (from + k) * CHUNK;
                for (int i = 0; i < found[k].length; i++) {
                    for (long key : found[k][i]) {
                        int at = index.get(key);
                        if (at < 0) {
                            at = entries.size();
                            index.put(key, at);
                            entries.add(new Entry(null, true));
                            if (at == keys.length) {
                                keys = Arrays.copyOf(keys, 2 * at);
                            }
                            keys[at] = key;
                        }
                        entries.get(at).addDocument(base + i);
                    }
                }
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            long key = keys[i];
            Entry e = entries.get(i);
            e.key = SearchIndexBuilder.pairKey(terms.get((int) (key >>> 34)).key,
                    terms.get((int) ((key >>> 4) & 0x3FFFFFFF)).key, (int) (key & 15));
            e.trim();
        }
        entries.sort(Comparator.comparing(e -> e.key));
        return entries;
    }

    /**
     * The distinct pairs of frequent terms of each document of chunk {@code c}, as
     * {@code idA << 34 | idB << 4 | gap}: a term {@code gap ≤ PAIR_GAP} positions after the other
     * in a unit.
     */
    private static long[][] pairKeys(List<Entry> frequent, int c, int docs) {
        int from = c * CHUNK;
        int to = Math.min(docs, from + CHUNK);
        int f = frequent.size();
        // Per frequent term, a cursor in its postings and positions; terms wait in the list of the
        // next document they are in.
        int[] postingsAt = new int[f];
        int[] positionsAt = new int[f];
        int[] lastDoc = new int[f];
        int[] waiting = new int[to - from];
        int[] nextWaiting = new int[f];
        Arrays.fill(waiting, -1);
        ByteBuf.Reader at = new ByteBuf.Reader();
        for (int t = 0; t < f; t++) {
            Entry e = frequent.get(t);
            int k = e.mark(c);
            if (k < e.markCount && e.marks[4 * k] == c) {
                postingsAt[t] = e.marks[4 * k + 2];
                positionsAt[t] = e.marks[4 * k + 1];
                lastDoc[t] = e.marks[4 * k + 3];
                wait(e, t, to, from, postingsAt, lastDoc, waiting, nextWaiting, at);
            }
        }
        long[][] out = new long[to - from][];
        Tokens tokens = new Tokens();
        SearchIndexBuilder.LongSet set = new SearchIndexBuilder.LongSet();
        for (int d = from; d < to; d++) {
            tokens.clear();
            int t = waiting[d - from];
            while (t >= 0) {
                int next = nextWaiting[t];
                Entry e = frequent.get(t);
                tokens.addSegment(at.seek(e.positions, positionsAt[t]), e.id);
                positionsAt[t] = at.index();
                lastDoc[t] = d;
                wait(e, t, to, from, postingsAt, lastDoc, waiting, nextWaiting, at);
                t = next;
            }
            set.clear();
            tokens.pairs(set);
            out[d - from] = set.toArray();
        }
        return out;
    }

    /** Puts frequent term {@code t} in the list of the next document of its postings, if before {@code to}. */
    private static void wait(Entry e, int t, int to, int from, int[] postingsAt, int[] lastDoc, int[] waiting,
                             int[] nextWaiting, ByteBuf.Reader at) {
        if (postingsAt[t] >= e.postings.length) {
            return;
        }
        int doc = lastDoc[t] + (Vlq.next(at.seek(e.postings, postingsAt[t])) >>> 5) + 1;
        if (doc >= to) {
            return;
        }
        postingsAt[t] = at.index();
        nextWaiting[t] = waiting[doc - from];
        waiting[doc - from] = t;
    }

    /** The frequent-term tokens of one document: (unit, position, term id). */
    private static final class Tokens {
        private final AnalysedDocument.IntList units = new AnalysedDocument.IntList(256);
        private final AnalysedDocument.IntList positions = new AnalysedDocument.IntList(256);
        private final AnalysedDocument.IntList ids = new AnalysedDocument.IntList(256);
        private int[] unitEnd = new int[16];
        private int[] slots = new int[1024];

        void clear() {
            units.size = 0;
            positions.size = 0;
            ids.size = 0;
        }

        /** Adds one document's positions segment of term {@code id} ({@code units, (unitDelta, count, positionDelta…)…}), read from {@code in}. */
        void addSegment(ByteBuf.Reader in, int id) {
            int count = Vlq.next(in);
            int unit = -1;
            for (int u = 0; u < count; u++) {
                unit += Vlq.next(in);
                int tokens = Vlq.next(in);
                int n = units.size;
                if (n + tokens > units.values.length) {
                    int capacity = Math.max(n + tokens, 2 * units.values.length);
                    units.values = Arrays.copyOf(units.values, capacity);
                    positions.values = Arrays.copyOf(positions.values, capacity);
                    ids.values = Arrays.copyOf(ids.values, capacity);
                }
                int[] unitValues = units.values;
                int[] positionValues = positions.values;
                int[] idValues = ids.values;
                int position = -1;
                for (int k = 0; k < tokens; k++) {
                    position += Vlq.next(in);
                    unitValues[n] = unit;
                    positionValues[n] = position;
                    idValues[n] = id;
                    n++;
                }
                units.size = n;
                positions.size = n;
                ids.size = n;
            }
        }

        /** Adds the pair keys of the tokens to {@code set}. */
        void pairs(SearchIndexBuilder.LongSet set) {
            int n = units.size;
            if (n < 2) {
                return;
            }
            // Lay the tokens out by unit and position (gaps of PAIR_GAP between units), then look
            // PAIR_GAP slots ahead of each.
            int lastUnit = 0;
            for (int i = 0; i < n; i++) {
                lastUnit = Math.max(lastUnit, units.values[i]);
            }
            if (unitEnd.length < lastUnit + 2) {
                unitEnd = new int[lastUnit + 2];
            }
            Arrays.fill(unitEnd, 0, lastUnit + 2, 0);
            for (int i = 0; i < n; i++) {
                int u = units.values[i] + 1;
                unitEnd[u] = Math.max(unitEnd[u], positions.values[i] + 1);
            }
            for (int u = 1; u <= lastUnit + 1; u++) {
                unitEnd[u] += unitEnd[u - 1] + SearchIndexBuilder.PAIR_GAP;
            }
            int size = unitEnd[lastUnit + 1];
            if (slots.length < size) {
                slots = new int[Math.max(size, 2 * slots.length)];
            }
            Arrays.fill(slots, 0, size, -1);
            for (int i = 0; i < n; i++) {
                int slot = unitEnd[units.values[i]] + positions.values[i];
                if (slots[slot] >= 0) {
                    // The analysis gives each token of a unit a position of its own (see AnalysedDocument).
                    throw new IllegalStateException("two tokens at one position");
                }
                slots[slot] = ids.values[i];
            }
            for (int i = 0; i < size; i++) {
                int first = slots[i];
                if (first < 0) {
                    continue;
                }
                for (int gap = 1; gap <= SearchIndexBuilder.PAIR_GAP && i + gap < size; gap++) {
                    int second = slots[i + gap];
                    if (second >= 0) {
                        set.add((long) first << 34 | (long) second << 4 | gap);
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ entries

    /** One key of the index: a term (postings and positions) or a pair (postings of documents only). */
    static final class Entry {
        String key;
        /** VLQ codes, per document in order: {@code (docDelta − 1) × 32 + weight} (a pair: {@code docDelta − 1}). */
        final ByteBuf postings = new ByteBuf();
        /** A term's positions segments, one per document in order; null for a pair. */
        final ByteBuf positions;
        int df;
        int id;
        private int lastDoc = -1;
        /** Per {@link #CHUNK chunk} with a document, in order: chunk, positions start, postings start, document before. */
        int[] marks;
        int markCount;

        Entry(String key, boolean pair) {
            this.key = key;
            this.positions = pair ? null : new ByteBuf();
        }

        /** Adds a document after every document added so far, with its positions segment {@code bytes[from, to)}. */
        void add(int doc, int weight, byte[] segments, int from, int to) {
            int c = doc / CHUNK;
            if (markCount == 0 || marks[4 * (markCount - 1)] != c) {
                if (marks == null) {
                    marks = new int[4];
                } else if (marks.length == 4 * markCount) {
                    marks = Arrays.copyOf(marks, 8 * markCount);
                }
                int k = 4 * markCount++;
                marks[k] = c;
                marks[k + 1] = positions.length;
                marks[k + 2] = postings.length;
                marks[k + 3] = lastDoc;
            }
            Vlq.append(postings, (doc - lastDoc - 1) * 32 + weight);
            lastDoc = doc;
            df++;
            positions.append(segments, from, to - from);
        }

        /** Adds a document to a pair, after every document added so far. */
        void addDocument(int doc) {
            Vlq.append(postings, doc - lastDoc - 1);
            lastDoc = doc;
            df++;
        }

        void trim() {
            if (marks != null && marks.length != 4 * markCount) {
                marks = Arrays.copyOf(marks, 4 * markCount);
            }
        }

        /** The index of the first mark of a chunk at or after {@code chunk} ({@link #markCount} when none). */
        int mark(int chunk) {
            int lo = 0;
            int hi = markCount;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (marks[4 * mid] < chunk) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** Where the positions of position range {@code r} start in {@link #positions}, or -1 when the term has no document there. */
        int positionsStart(int r) {
            int k = mark(r * CHUNKS_PER_RANGE);
            return k < markCount && marks[4 * k] < (r + 1) * CHUNKS_PER_RANGE ? marks[4 * k + 1] : -1;
        }

        /** Where the positions of position range {@code r} end in {@link #positions} (when it has some). */
        int positionsEnd(int r) {
            int k = mark((r + 1) * CHUNKS_PER_RANGE);
            return k < markCount ? marks[4 * k + 1] : positions.length;
        }
    }

    // ------------------------------------------------------------------ documents

    /** One document's weights and position lists, per term of its analysis. */
    static final class Prepared {
        final AnalysedDocument analysis;
        final byte[] weight;
        /** Positions segments of the terms, as VLQ text; term {@code t}'s is {@code [segmentStart[t], segmentStart[t + 1])}. */
        final byte[] positions;
        final int[] segmentStart;

        private Prepared(AnalysedDocument analysis, byte[] weight, byte[] positions, int[] segmentStart) {
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
            // Written straight into an array (most numbers take one byte); a segment of m tokens
            // holds at most 1 + 3m numbers of at most 7 bytes each.
            byte[] out = new byte[terms + 3 * tokens + 16];
            int length = 0;
            int[] segmentStart = new int[terms + 1];
            for (int t = 0; t < terms; t++) {
                weight[t] = (byte) ((title[t] ? 16 : 0) | (a.speaker[t] ? 8 : 0) | Math.min(7, tf[t]));
                segmentStart[t] = length;
                int need = length + 7 * (1 + 3 * (count[t + 1] - count[t]));
                if (need > out.length) {
                    out = Arrays.copyOf(out, Math.max(need, 2 * out.length));
                }
                length = writeSegment(out, length, a, byTerm, count[t], count[t + 1], unitOf);
            }
            segmentStart[terms] = length;
            return new Prepared(a, weight, Arrays.copyOf(out, length), segmentStart);
        }

        /**
         * Writes {@code units, (unitDelta, count, positionDelta…)…} of one term's tokens
         * {@code byTerm[from, to)} at {@code out[at]}; returns where it ends.
         */
        private static int writeSegment(byte[] out, int at, AnalysedDocument a, int[] byTerm, int from, int to,
                                        int[] unitOf) {
            int units = 0;
            int lastUnit = -1;
            for (int k = from; k < to; k++) {
                if (unitOf[byTerm[k]] != lastUnit) {
                    units++;
                    lastUnit = unitOf[byTerm[k]];
                }
            }
            at = Vlq.write(out, at, units);
            lastUnit = -1;
            int k = from;
            while (k < to) {
                int unit = unitOf[byTerm[k]];
                int end = k;
                while (end < to && unitOf[byTerm[end]] == unit) {
                    end++;
                }
                at = Vlq.write(out, at, unit - lastUnit);
                at = Vlq.write(out, at, end - k);
                int lastPosition = -1;
                for (int i = k; i < end; i++) {
                    int p = a.tokenPosition[byTerm[i]];
                    at = Vlq.write(out, at, p - lastPosition);
                    lastPosition = p;
                }
                lastUnit = unit;
                k = end;
            }
            return at;
        }
    }
}
