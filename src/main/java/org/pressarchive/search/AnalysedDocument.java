package org.pressarchive.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The analysed text of one {@link SearchDocument}: its distinct terms and, unit by unit (unit 0 the
 * title, unit {@code i ≥ 1} paragraph {@code i - 1}), the sequence of its tokens with their
 * positions, plus the terms of its speaker field (participants' names and countries). It depends
 * on that one document only, so a build can keep it beside its parse cache (see {@link #encode()}
 * and {@link #decode(byte[])}) and skip the text analysis of releases that did not change; the
 * index built from cached analyses is the same, byte for byte, as the one built from the texts.
 *
 * <p>An analysis remembers a fingerprint of the text it was made from: {@link #describes} tells
 * whether it still fits a document, and {@link SearchIndexBuilder} analyses again any document
 * whose given analysis does not fit, so a stale cache entry costs time, never a wrong index.
 * Instances are immutable.
 */
public final class AnalysedDocument {
    /** Version of {@link #encode()}'s bytes and of the analysis they hold; bump when either changes. */
    private static final int ENCODING = 1;

    final long fingerprint;
    /** Distinct terms, sorted. */
    final String[] terms;
    /** Per unit, the index in {@link #tokenTerm} after its last token (units follow each other). */
    final int[] unitEnds;
    /** Per token, in text order: the index of its term in {@link #terms}. */
    final int[] tokenTerm;
    /** Per token: its position in its unit (stop words leave gaps). */
    final int[] tokenPosition;
    /** Per term: whether it occurs in the speaker field. */
    final boolean[] speaker;

    private AnalysedDocument(long fingerprint, String[] terms, int[] unitEnds, int[] tokenTerm, int[] tokenPosition,
                             boolean[] speaker) {
        this.fingerprint = fingerprint;
        this.terms = terms;
        this.unitEnds = unitEnds;
        this.tokenTerm = tokenTerm;
        this.tokenPosition = tokenPosition;
        this.speaker = speaker;
    }

    /** Analyses the title, paragraphs and speaker field of {@code doc}. */
    public static AnalysedDocument of(SearchDocument doc, FrenchAnalysis analysis) {
        TermIds ids = new TermIds();
        int units = 1 + doc.paragraphs().size();
        int[] unitEnds = new int[units];
        IntList termOf = new IntList(256);
        IntList positions = new IntList(256);
        FrenchAnalysis.TokenSink sink = (term, position, start, end) -> {
            termOf.add(ids.id(term));
            positions.add(position);
        };
        for (int u = 0; u < units; u++) {
            String text = u == 0 ? doc.title() : doc.paragraphs().get(u - 1);
            if (text != null) {
                analysis.analyze(text, sink);
            }
            unitEnds[u] = termOf.size;
        }
        List<String> speakerTerms = analysis.terms(speakerField(doc));
        for (String term : speakerTerms) {
            ids.id(term);
        }
        String[] terms = Arrays.copyOf(ids.terms, ids.size);
        // Renumber the terms in sorted order, so that equal documents give equal values.
        int[] rank = sortedRanks(terms);
        String[] sorted = new String[terms.length];
        for (int i = 0; i < terms.length; i++) {
            sorted[rank[i]] = terms[i];
        }
        int[] tokenTerm = termOf.toArray();
        for (int i = 0; i < tokenTerm.length; i++) {
            tokenTerm[i] = rank[tokenTerm[i]];
        }
        boolean[] speaker = new boolean[sorted.length];
        for (String term : speakerTerms) {
            speaker[rank[ids.id(term)]] = true;
        }
        return new AnalysedDocument(fingerprint(doc), sorted, unitEnds, tokenTerm, positions.toArray(), speaker);
    }

    /**
     * The rank of each of {@code terms} (distinct) in their sorted order. Most comparisons are
     * settled by a long holding the first {@value #PREFIX} characters (up to the first one past
     * 254, kept as 255, so that the long's order never contradicts the strings'), sorted as
     * primitives with the term's index in its low bits; only terms with equal keys are compared as
     * strings.
     */
    static int[] sortedRanks(String[] terms) {
        int n = terms.length;
        int[] rank = new int[n];
        if (n > 0xFFFF) {
            // Too many terms for the index bits: compare strings throughout.
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> terms[a].compareTo(terms[b]));
            for (int r = 0; r < n; r++) {
                rank[order[r]] = r;
            }
            return rank;
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            String t = terms[i];
            long prefix = 0;
            int length = t.length();
            for (int k = 0; k < PREFIX; k++) {
                int c = k < length ? t.charAt(k) : 0;
                if (c >= 255) {
                    // Capped: the characters after it must not count (two terms differing here
                    // would be ordered by them), so the key stops.
                    c = 255;
                    length = k + 1;
                }
                prefix = prefix << 8 | c;
            }
            // Flipping the top bit makes the signed sort of the primitives an unsigned one.
            keys[i] = (prefix << 16 | i) ^ Long.MIN_VALUE;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int r = 0; r < n; r++) {
            order[r] = (int) (keys[r] & 0xFFFF);
        }
        // Runs of equal prefixes are short: insertion sort by the strings themselves.
        int from = 0;
        while (from < n) {
            int to = from + 1;
            while (to < n && (keys[to] >>> 16) == (keys[from] >>> 16)) {
                to++;
            }
            for (int i = from + 1; i < to; i++) {
                int moving = order[i];
                int j = i - 1;
                while (j >= from && terms[order[j]].compareTo(terms[moving]) > 0) {
                    order[j + 1] = order[j];
                    j--;
                }
                order[j + 1] = moving;
            }
            from = to;
        }
        for (int r = 0; r < n; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }

    /** Characters of a term in the sort key of {@link #sortedRanks}. */
    private static final int PREFIX = 6;

    /**
     * A document's distinct terms numbered in order of first occurrence: an open-addressing table
     * on the strings (their hash is cached, and equal terms are often the same instance), without
     * the boxed numbers and entries of a {@code HashMap}.
     */
    private static final class TermIds {
        String[] terms = new String[64];
        int size;
        private String[] slots = new String[256];
        private int[] slotIds = new int[256];

        int id(String term) {
            int mask = slots.length - 1;
            int h = term.hashCode();
            int i = (h ^ (h >>> 16)) & mask;
            while (true) {
                String s = slots[i];
                if (s == null) {
                    break;
                }
                if (s == term || s.equals(term)) {
                    return slotIds[i];
                }
                i = (i + 1) & mask;
            }
            int id = size++;
            if (id == terms.length) {
                terms = Arrays.copyOf(terms, 2 * id);
            }
            terms[id] = term;
            slots[i] = term;
            slotIds[i] = id;
            if (2 * size > slots.length) {
                grow();
            }
            return id;
        }

        private void grow() {
            slots = new String[2 * slots.length];
            slotIds = new int[slots.length];
            int mask = slots.length - 1;
            for (int id = 0; id < size; id++) {
                int h = terms[id].hashCode();
                int i = (h ^ (h >>> 16)) & mask;
                while (slots[i] != null) {
                    i = (i + 1) & mask;
                }
                slots[i] = terms[id];
                slotIds[i] = id;
            }
        }
    }

    /** Whether this is the analysis of {@code doc}'s current text (title, paragraphs, speaker field). */
    public boolean describes(SearchDocument doc) {
        return fingerprint == fingerprint(doc);
    }

    /** What the speaker filter flag is computed from: participants' names and countries. */
    static String speakerField(SearchDocument doc) {
        StringBuilder speakerField = new StringBuilder();
        doc.speakers().forEach(s -> speakerField.append(s.name()).append(" \n "));
        doc.countries().forEach(c -> speakerField.append(c).append(" \n "));
        return speakerField.toString();
    }

    /** A 64-bit fingerprint of the analysed fields of {@code doc}. */
    static long fingerprint(SearchDocument doc) {
        long h = 0x9E3779B97F4A7C15L ^ ENCODING;
        h = mix(h, doc.title());
        h = mix(h * 31 + doc.paragraphs().size(), null);
        for (String p : doc.paragraphs()) {
            h = mix(h, p);
        }
        h = mix(h, speakerField(doc));
        return h;
    }

    private static long mix(long h, String s) {
        long v = s == null ? -1 : ((long) s.hashCode() << 32) ^ s.length();
        h ^= v;
        h *= 0xFF51AFD7ED558CCDL;
        return h ^ (h >>> 33);
    }

    /** Units (title and paragraphs). */
    int units() {
        return unitEnds.length;
    }

    // ------------------------------------------------------------------ bytes

    /** The analysis as bytes, readable by {@link #decode(byte[])} (and only by this version of the code). */
    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + terms.length * 10 + tokenTerm.length * 3);
        out.write('A');
        writeInt(out, ENCODING);
        for (int i = 0; i < 8; i++) {
            out.write((int) (fingerprint >>> (8 * i)));
        }
        writeInt(out, terms.length);
        String previous = "";
        for (int t = 0; t < terms.length; t++) {
            // Terms are sorted: store the length of the prefix shared with the previous one.
            String term = terms[t];
            int common = 0;
            int max = Math.min(previous.length(), term.length());
            while (common < max && previous.charAt(common) == term.charAt(common)) {
                common++;
            }
            byte[] rest = term.substring(common).getBytes(StandardCharsets.UTF_8);
            writeInt(out, common);
            writeInt(out, rest.length);
            out.write(rest, 0, rest.length);
            out.write(speaker[t] ? 1 : 0);
            previous = term;
        }
        writeInt(out, unitEnds.length);
        int token = 0;
        for (int end : unitEnds) {
            writeInt(out, end - token);
            int last = -1;
            for (; token < end; token++) {
                writeInt(out, tokenTerm[token]);
                writeInt(out, tokenPosition[token] - last);
                last = tokenPosition[token];
            }
        }
        return out.toByteArray();
    }

    /**
     * Reads what {@link #encode()} wrote.
     *
     * @throws IllegalArgumentException when the bytes are not an analysis of this version
     */
    public static AnalysedDocument decode(byte[] bytes) {
        try {
            Reader in = new Reader(bytes);
            if (in.next() != 'A' || in.readInt() != ENCODING) {
                throw new IllegalArgumentException("not a search analysis of this version");
            }
            long fingerprint = 0;
            for (int i = 0; i < 8; i++) {
                fingerprint |= (long) in.next() << (8 * i);
            }
            String[] terms = new String[in.readCount()];
            boolean[] speaker = new boolean[terms.length];
            String previous = "";
            for (int t = 0; t < terms.length; t++) {
                int common = in.readInt();
                int length = in.readCount();
                String rest = new String(bytes, in.at, length, StandardCharsets.UTF_8);
                in.at += length;
                if (common > previous.length()) {
                    throw new IllegalArgumentException("bad term prefix");
                }
                terms[t] = previous.substring(0, common) + rest;
                int flag = in.next();
                if (flag > 1 || t > 0 && terms[t].compareTo(terms[t - 1]) <= 0) {
                    throw new IllegalArgumentException("bad term list");
                }
                speaker[t] = flag == 1;
                previous = terms[t];
            }
            int[] unitEnds = new int[in.readCount()];
            if (unitEnds.length == 0) {
                throw new IllegalArgumentException("no units");
            }
            IntList tokenTerm = new IntList(256);
            IntList tokenPosition = new IntList(256);
            for (int u = 0; u < unitEnds.length; u++) {
                int count = in.readCount();
                int position = -1;
                for (int k = 0; k < count; k++) {
                    int term = in.readInt();
                    int delta = in.readInt();
                    if (term >= terms.length || delta < 1) {
                        throw new IllegalArgumentException("bad token");
                    }
                    position += delta;
                    tokenTerm.add(term);
                    tokenPosition.add(position);
                }
                unitEnds[u] = tokenTerm.size;
            }
            if (in.at != bytes.length) {
                throw new IllegalArgumentException("trailing bytes");
            }
            return new AnalysedDocument(fingerprint, terms, unitEnds, tokenTerm.toArray(), tokenPosition.toArray(),
                    speaker);
        } catch (ArrayIndexOutOfBoundsException | StringIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("truncated search analysis", e);
        }
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        int v = value;
        while ((v & ~0x7F) != 0) {
            out.write((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        out.write(v);
    }

    private static final class Reader {
        final byte[] bytes;
        int at;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int next() {
            return bytes[at++] & 0xFF;
        }

        int readInt() {
            int value = 0;
            for (int shift = 0; shift < 35; shift += 7) {
                int b = next();
                value |= (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    if (value < 0) {
                        throw new IllegalArgumentException("bad number");
                    }
                    return value;
                }
            }
            throw new IllegalArgumentException("bad number");
        }

        int readCount() {
            int n = readInt();
            if (n > bytes.length - at + 1) {
                throw new IllegalArgumentException("bad count");
            }
            return n;
        }
    }

    /** A growable list of ints. */
    static final class IntList {
        int[] values;
        int size;

        IntList(int capacity) {
            values = new int[Math.max(4, capacity)];
        }

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AnalysedDocument a && fingerprint == a.fingerprint && Arrays.equals(terms, a.terms)
                && Arrays.equals(unitEnds, a.unitEnds) && Arrays.equals(tokenTerm, a.tokenTerm)
                && Arrays.equals(tokenPosition, a.tokenPosition) && Arrays.equals(speaker, a.speaker);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(fingerprint) * 31 + Arrays.hashCode(tokenTerm);
    }
}
