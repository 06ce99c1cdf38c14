package org.pressarchive.search;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
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
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import org.pressarchive.model.Slugs;
import org.pressarchive.search.IndexPostings.Entry;
import org.pressarchive.search.IndexPostings.Prepared;

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
 *
 * <p>A full build keeps little: the documents are read and analysed a batch at a time into compact
 * postings ({@link IndexPostings}), which decide every file's name; each file's bytes are made
 * from them (or, for {@code x/}, from its document read again) only when asked for.
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
        return build(lang, docs, docs::get, d -> null, hrefPattern);
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
        IntStream.range(0, docs.size()).parallel().forEach(i -> out[i] = analysis(docs.get(i), cached.get(i)));
        return Arrays.asList(out);
    }

    private AnalysedDocument analysis(SearchDocument doc, AnalysedDocument cached) {
        return cached != null && cached.describes(doc) ? cached : AnalysedDocument.of(doc, analysis);
    }

    /**
     * The full index of {@code docs} from their analyses (see {@link #analyse}); the bytes are those
     * of {@link #build(String, List, List)}. An analysis that does not describe its document is
     * made again.
     */
    public List<IndexFile> build(String lang, List<SearchDocument> docs, List<AnalysedDocument> analyses,
                                 List<String> hrefPattern) {
        if (analyses.size() != docs.size()) {
            throw new IllegalArgumentException("one cached analysis (or null) per document expected");
        }
        return build(lang, docs, docs::get, analyses::get, hrefPattern);
    }

    /**
     * The full index, its texts read as they are needed: the documents are read and analysed a
     * batch at a time (on all cores) and folded into compact postings ({@link IndexPostings}); the
     * files are listed then, but each file's bytes are made only when its content is asked for
     * (from any thread, as often as asked, always the same), so no text, analysis or file is kept.
     * The bytes are those of {@link #build(String, List, List)} of the full documents.
     *
     * @param heads       the documents, newest first, for what the index holds of every document
     *                    (release id, date, speakers, countries): their paragraphs are not read
     * @param full        document {@code d} of {@code heads} with its text: asked for once per
     *                    document while the postings are made, and again by the content of that
     *                    document's file ({@code x/<d>.js}); called from several threads
     * @param cached      an analysis of document {@code d}, or null; one that does not describe
     *                    the document is made again
     * @param hrefPattern link from the search page to a release page, as the parts before and after the id
     */
    public List<IndexFile> build(String lang, List<SearchDocument> heads, IntFunction<SearchDocument> full,
                                 IntFunction<AnalysedDocument> cached, List<String> hrefPattern) {
        int n = heads.size();
        IndexPostings postings = IndexPostings.of(n, d -> {
            SearchDocument doc = full.apply(d);
            return Prepared.of(analysis(doc, cached.apply(d)));
        });
        List<Entry> terms = postings.terms;
        List<String> keys = new ArrayList<>(terms.size());
        int[] sizes = new int[terms.size()];
        for (int i = 0; i < sizes.length; i++) {
            Entry e = terms.get(i);
            keys.add(e.key);
            sizes[i] = entrySize(e.key, e.postings.length);
        }
        List<Shard> shards = Shard.cut(keys, sizes);
        List<IndexFile> files = new ArrayList<>();
        files.add(null); // meta.js, once the rest is known
        int ranges = ranges(n);
        for (Shard s : shards) {
            files.add(new IndexFile(s.termsFile(), () -> s.termsScript(terms)));
            for (int r = 0; r < ranges; r++) {
                if (s.hasPositions(terms, r)) {
                    int range = r;
                    files.add(new IndexFile(s.positionsFile(r), () -> s.positionsScript(terms, range)));
                }
            }
        }
        List<Entry> pairs = postings.pairs;
        long pairSize = pairSize(pairs);
        int buckets = pairBuckets(pairSize);
        int[][] members = bucketMembers(pairs, buckets);
        for (int b = 0; b < buckets; b++) {
            int bucket = b;
            files.add(new IndexFile(bucketFile(b), () -> bucketScript(bucket, pairs, members[bucket])));
        }
        for (int d = 0; d < n; d++) {
            int doc = d;
            files.add(new IndexFile(docFile(d), () -> docScript(doc, full.apply(doc))));
        }
        Facets facets = Facets.of(heads);
        facets.files(files);
        byte[] meta = meta(lang, heads, hrefPattern, shards.stream().map(s -> s.boundary).toList(), pairSize, facets);
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
            size += entrySize(e.key, e.postings.length);
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

    /** The pairs of each bucket: indexes in {@code pairs} (sorted, so each bucket's keys are sorted). */
    static int[][] bucketMembers(List<Entry> pairs, int buckets) {
        int[] bucketOf = new int[pairs.size()];
        int[] count = new int[buckets];
        for (int i = 0; i < bucketOf.length; i++) {
            bucketOf[i] = bucketOf(pairs.get(i).key, buckets);
            count[bucketOf[i]]++;
        }
        int[][] members = new int[buckets][];
        for (int b = 0; b < buckets; b++) {
            members[b] = new int[count[b]];
            count[b] = 0;
        }
        for (int i = 0; i < bucketOf.length; i++) {
            members[bucketOf[i]][count[bucketOf[i]]++] = i;
        }
        return members;
    }

    /** A pair bucket file of pairs built here (an empty bucket is an empty object). */
    static byte[] bucketScript(int bucket, List<Entry> pairs, int[] members) {
        return objectScript("q/" + bucket, members.length, i -> pairs.get(members[i]).key, new Values() {
            @Override
            public int length(int i) {
                return pairs.get(members[i]).postings.length;
            }

            @Override
            public void write(int i, Json.Out out) {
                ByteBuf p = pairs.get(members[i]).postings;
                out.bytes(p, 0, p.length);
            }
        });
    }

    /** A pair bucket file: {@code {pair key: documents…}}, keys sorted. */
    static byte[] bucketScript(int bucket, List<String> keys, List<? extends CharSequence> postings) {
        return objectScript("q/" + bucket, keys.size(), keys::get, values(postings));
    }

    /** The key of the pair "{@code second} {@code gap} positions after {@code first}". */
    static String pairKey(String first, String second, int gap) {
        return first + ' ' + second + ' ' + gap;
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

        /** The postings file of the shard. */
        byte[] termsScript(List<Entry> entries) {
            return objectScript("t/" + name, to - from, i -> entries.get(from + i).key, new Values() {
                @Override
                public int length(int i) {
                    return entries.get(from + i).postings.length;
                }

                @Override
                public void write(int i, Json.Out out) {
                    ByteBuf p = entries.get(from + i).postings;
                    out.bytes(p, 0, p.length);
                }
            });
        }

        /** Whether a term of the shard has a document in position range {@code r} (then it has a positions file). */
        boolean hasPositions(List<Entry> entries, int r) {
            for (int i = from; i < to; i++) {
                if (entries.get(i).positionsStart(r) >= 0) {
                    return true;
                }
            }
            return false;
        }

        /** The positions file of the shard for position range {@code r}, or null when it has none. */
        byte[] positionsScript(List<Entry> entries, int r) {
            int[] start = new int[to - from];
            int[] end = new int[to - from];
            boolean any = false;
            for (int i = from; i < to; i++) {
                Entry e = entries.get(i);
                start[i - from] = e.positionsStart(r);
                if (start[i - from] >= 0) {
                    end[i - from] = e.positionsEnd(r);
                    any = true;
                }
            }
            if (!any) {
                return null;
            }
            return objectScript("p/" + name + "-" + r, to - from, i -> entries.get(from + i).key, new Values() {
                @Override
                public int length(int i) {
                    return start[i] < 0 ? -1 : end[i] - start[i];
                }

                @Override
                public void write(int i, Json.Out out) {
                    out.bytes(entries.get(from + i).positions, start[i], end[i] - start[i]);
                }
            });
        }
    }

    /** Positions files per shard for an index of {@code docs} documents. */
    static int ranges(int docs) {
        return (docs + POSITION_RANGE - 1) / POSITION_RANGE;
    }

    /** A postings file: {@code {key: postings…}}. */
    static byte[] termsScript(String name, List<String> keys, List<? extends CharSequence> postings) {
        return objectScript("t/" + name, keys.size(), keys::get, values(postings));
    }

    /** A positions file, or null when no key has positions there (values null for those without). */
    static byte[] positionsScript(String name, int range, List<String> keys, List<? extends CharSequence> positions) {
        for (CharSequence p : positions) {
            if (p != null) {
                return objectScript("p/" + name + "-" + range, keys.size(), keys::get, values(positions));
            }
        }
        return null;
    }

    /** The values of an object script, by key index. */
    interface Values {
        /** Characters of value {@code i}, or -1 when key {@code i} has none (and is left out). */
        int length(int i);

        /** Writes value {@code i} (VLQ text: no escaping needed). */
        void write(int i, Json.Out out);
    }

    private static Values values(List<? extends CharSequence> values) {
        return new Values() {
            @Override
            public int length(int i) {
                CharSequence v = values.get(i);
                return v == null ? -1 : v.length();
            }

            @Override
            public void write(int i, Json.Out out) {
                out.raw(values.get(i));
            }
        };
    }

    /**
     * The script registering {@code {key: value…}} (the keys whose value is not absent) under
     * {@code name}, written straight into UTF-8 bytes: the bytes of {@link Json#script} of that object.
     */
    static byte[] objectScript(String name, int count, IntFunction<String> keys, Values values) {
        long size = name.length() + 24;
        int longest = 0;
        for (int i = 0; i < count; i++) {
            int length = values.length(i);
            if (length >= 0) {
                int key = keys.apply(i).length();
                size += key + length + 6;
                longest = Math.max(longest, key);
            }
        }
        Json.Out out = new Json.Out((int) Math.min(Integer.MAX_VALUE - 16, size + 6L * longest + 16));
        out.ascii("__pa_search(").string(name).ascii(",{");
        boolean any = false;
        for (int i = 0; i < count; i++) {
            if (values.length(i) < 0) {
                continue;
            }
            if (any) {
                out.ascii(',');
            }
            out.string(keys.apply(i)).ascii(":\"");
            values.write(i, out);
            out.ascii('"');
            any = true;
        }
        return out.ascii("});\n").toBytes();
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
        return entrySize(key, postings.length());
    }

    /** Characters a key with postings of {@code length} characters takes in its shard. */
    static int entrySize(String key, int length) {
        return key.length() + length + 6;
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
            Map<String, String> slugs = new HashMap<>(); // a hundred countries named in ten thousand documents
            return new Facets(
                    Facet.of(docs, "s", d -> d.speakers().stream().map(s -> new String[] {s.id(), s.name()}).toList()),
                    Facet.of(docs, "c", d -> d.countries().stream()
                            .map(c -> new String[] {slugs.computeIfAbsent(c, Slugs::slug), c}).toList()));
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
                files.add(new IndexFile(file(k), () -> script(k)));
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

    /**
     * A set of longs (open addressing; no negative keys), emptied often: it lists its keys as they
     * come, so that listing and clearing cost what it holds, not the size of its table.
     */
    static final class LongSet {
        private long[] slots = new long[1024];
        private long[] added = new long[256];
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
            if (size == added.length) {
                added = Arrays.copyOf(added, 2 * size);
            }
            added[size++] = key;
            if (size * 2 > slots.length) {
                slots = new long[slots.length * 2];
                mask = slots.length - 1;
                for (int a = 0; a < size; a++) {
                    long o = added[a] + 1;
                    int j = hash(o) & mask;
                    while (slots[j] != 0) {
                        j = (j + 1) & mask;
                    }
                    slots[j] = o;
                }
            }
        }

        void clear() {
            if (size * 8 > slots.length) {
                Arrays.fill(slots, 0);
            } else {
                int mask = slots.length - 1;
                for (int a = 0; a < size; a++) {
                    long k = added[a] + 1;
                    int i = hash(k) & mask;
                    // Every listed key is in the table: the search passes the slots already emptied.
                    while (slots[i] != k) {
                        i = (i + 1) & mask;
                    }
                    slots[i] = 0;
                }
            }
            size = 0;
        }

        long[] toArray() {
            return Arrays.copyOf(added, size);
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
