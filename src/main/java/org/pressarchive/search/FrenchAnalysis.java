package org.pressarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchLightStemmer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * French text analysis for the search index, built from Lucene's parts:
 * word segmentation (UAX #29) → elision ({@code l'}, {@code d’}, {@code qu'}…) → lower case →
 * ASCII folding ({@code é → e}, {@code œ → oe}, {@code ’ → '}) → stop words (Lucene's French list,
 * folded) → light stemming ({@code FrenchLightStemFilter}). The narrow no-break space (U+202F,
 * French typography's thin space before {@code »}, {@code :}…) separates words like a space.
 *
 * <p>Folding runs <em>before</em> the stemmer so that a word typed without accents gets the same
 * stem as the accented word in the text. The query side ({@code assets/search.js}) repeats this
 * chain in JavaScript; the stop words and elided articles it uses are taken from
 * {@link #stopWords()} and {@link #elisions()} and written into the index, so the two sides share
 * one list. Instances are thread-safe.
 *
 * <p>Speed: texts made only of characters whose word-break class is plain (Latin letters up to
 * U+017F, ASCII digits and punctuation, the usual French quotes, dashes and spaces) are segmented
 * here rather than by Lucene's tokenizer, and each distinct word's term is computed once per
 * thread with Lucene's own filters' code (elision set, folding, stop set, stemmer); any other
 * text goes through the Lucene chain. Both give the same tokens ({@code FrenchAnalysisTest}
 * compares them on random text).
 */
public final class FrenchAnalysis {
    /** Articles and pronouns removed before an apostrophe (Lucene's French defaults). */
    private static final List<String> ELISIONS = List.of("c", "d", "j", "jusqu", "l", "lorsqu", "m", "n",
            "puisqu", "qu", "quoiqu", "s", "t");
    /** Longest token of Lucene's standard tokenizer; longer words are cut, and left to Lucene here. */
    private static final int MAX_WORD = org.apache.lucene.analysis.standard.StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH;

    // Word-break classes of the characters the fast path knows (UAX #29).
    private static final byte UNKNOWN = 0;
    private static final byte OTHER = 1;
    private static final byte LETTER = 2;
    private static final byte DIGIT = 3;
    private static final byte MID_LETTER = 4;
    private static final byte MID_NUM_LET = 5;
    private static final byte MID_NUM = 6;
    /** Per UTF-16 unit (a full table: no range test per character). */
    private static final byte[] CLASS = new byte[0x10000];

    static {
        for (char c = 'a'; c <= 'z'; c++) {
            CLASS[c] = LETTER;
            CLASS[c - 'a' + 'A'] = LETTER;
        }
        for (char c = '0'; c <= '9'; c++) {
            CLASS[c] = DIGIT;
        }
        for (int c = 0xC0; c <= 0x17F; c++) {
            CLASS[c] = c == 0xD7 || c == 0xF7 ? OTHER : LETTER;
        }
        CLASS[0xAA] = LETTER;
        CLASS[0xB5] = LETTER;
        CLASS[0xBA] = LETTER;
        for (char c : " \t\n\r\u000B\u000C!\"#$%&()*+-/<=>?@[\\]^`{|}~\u00A0\u00AB\u00BB\u00A7\u00B0\u2013\u2014\u2026\u201C\u201D\u2010\u2011"
                .toCharArray()) {
            CLASS[c] = OTHER;
        }
        CLASS[':'] = MID_LETTER;
        CLASS['\u00B7'] = MID_LETTER;
        CLASS['.'] = MID_NUM_LET;
        CLASS['\''] = MID_NUM_LET;
        CLASS['\u2018'] = MID_NUM_LET;
        CLASS['\u2019'] = MID_NUM_LET;
        CLASS[','] = MID_NUM;
        CLASS[';'] = MID_NUM;
        CLASS['\u202F'] = OTHER;
    }

    private final CharArraySet stopSet;
    private final CharArraySet articles;
    private final List<String> stopWords;
    private final Analyzer analyzer;
    private final FrenchLightStemmer stemmer = new FrenchLightStemmer();
    private final ThreadLocal<WordCache> caches = ThreadLocal.withInitial(WordCache::new);

    public FrenchAnalysis() {
        TreeSet<String> folded = new TreeSet<>();
        for (Object word : FrenchAnalyzer.getDefaultStopSet()) {
            folded.add(fold(new String((char[]) word)));
        }
        this.stopWords = List.copyOf(folded);
        this.stopSet = CharArraySet.unmodifiableSet(new CharArraySet(folded, false));
        this.articles = CharArraySet.unmodifiableSet(new CharArraySet(ELISIONS, true));
        this.analyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream s = new ElisionFilter(source, articles);
                s = new LowerCaseFilter(s);
                s = new ASCIIFoldingFilter(s);
                s = new StopFilter(s, stopSet);
                s = new FrenchLightStemFilter(s);
                return new TokenStreamComponents(source, s);
            }
        };
    }

    /** One analysed word: its term, its position (stop words leave gaps) and its span in the text. */
    public record Token(String term, int position, int start, int end) {
    }

    /** Receives the analysed words of a text, in order. */
    @FunctionalInterface
    interface TokenSink {
        void token(String term, int position, int start, int end);
    }

    /** The terms of {@code text} in order, with positions counted from 0. */
    public List<Token> analyze(String text) {
        List<Token> out = new ArrayList<>();
        analyze(text, (term, position, start, end) -> out.add(new Token(term, position, start, end)));
        return out;
    }

    /** Streams the tokens of {@code text} to {@code sink}; equal terms are often the same String instance. */
    void analyze(String text, TokenSink sink) {
        if (!fastAnalyze(text, sink)) {
            luceneAnalyze(text, sink);
        }
    }

    /** The Lucene chain itself (the reference the fast path must agree with). */
    List<Token> analyzeWithLucene(String text) {
        List<Token> out = new ArrayList<>();
        luceneAnalyze(text, (term, position, start, end) -> out.add(new Token(term, position, start, end)));
        return out;
    }

    private void luceneAnalyze(String text, TokenSink sink) {
        try (TokenStream ts = analyzer.tokenStream("text", text.replace('\u202F', ' '))) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                sink.token(term.toString(), position, offset.startOffset(), offset.endOffset());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text", e); // reading a String cannot fail
        }
    }

    /** Segments {@code text} by UAX #29's rules for the plain classes; false (nothing sent) if it cannot. */
    private boolean fastAnalyze(String text, TokenSink sink) {
        int n = text.length();
        WordCache cache = caches.get();
        char[] chars = cache.chars(n);
        text.getChars(0, n, chars, 0);
        // First pass: find the words (and hash them for the word cache), and refuse text with a
        // character of unknown class or a word Lucene would cut.
        byte[] classes = CLASS;
        int[] spans = cache.spans(n);
        int words = 0;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            byte k = classes[c];
            if (k != LETTER && k != DIGIT) {
                if (k == UNKNOWN) {
                    return false;
                }
                i++;
                continue;
            }
            int start = i;
            int h = c;
            byte last = k;
            i++;
            while (i < n) {
                c = chars[i];
                byte here = classes[c];
                if (here == LETTER || here == DIGIT) {
                    h = 31 * h + c;
                    last = here;
                    i++;
                    continue;
                }
                if (here == UNKNOWN) {
                    return false;
                }
                if (i + 1 < n && here >= MID_LETTER) {
                    char following = chars[i + 1];
                    byte next = classes[following];
                    if (last == LETTER && next == LETTER && here != MID_NUM
                            || last == DIGIT && next == DIGIT && here != MID_LETTER) {
                        h = 31 * (31 * h + c) + following;
                        i += 2;
                        continue;
                    }
                }
                break;
            }
            if (i - start > MAX_WORD) {
                return false;
            }
            spans[3 * words] = start;
            spans[3 * words + 1] = i;
            spans[3 * words + 2] = h;
            words++;
        }
        for (int w = 0; w < words; w++) {
            int start = spans[3 * w];
            int end = spans[3 * w + 1];
            String term = cache.term(chars, start, end, spans[3 * w + 2], this);
            if (term != null) {
                sink.token(term, w, start, end);
            }
        }
        return true;
    }

    /** The term of one word as Lucene's filters make it, or null for a stop word. */
    private String termOf(char[] word, int length) {
        char[] buf = new char[length * 4 + 8];
        int len = length;
        int from = 0;
        for (int i = 0; i < length; i++) {
            char c = word[i];
            if (c == '\'' || c == '\u2019') {
                if (articles.contains(word, 0, i)) {
                    from = i + 1;
                }
                break;
            }
        }
        len = length - from;
        boolean ascii = true;
        for (int i = 0; i < len; i++) {
            char c = Character.toLowerCase(word[from + i]);
            buf[i] = c;
            ascii &= c < 0x80;
        }
        if (!ascii) {
            char[] folded = new char[buf.length];
            len = ASCIIFoldingFilter.foldToASCII(buf, 0, folded, 0, len);
            buf = folded;
        }
        if (stopSet.contains(buf, 0, len)) {
            return null;
        }
        len = stemmer.stem(buf, len);
        return new String(buf, 0, len);
    }

    /** Per thread: the term of each word already seen (words repeat a lot), and scratch space. */
    private static final class WordCache {
        private static final int MAX_ENTRIES = 1 << 17;
        private static final String STOP = new String("\u0000stop");
        private char[][] keys = new char[1 << 12][];
        private String[] values = new String[1 << 12];
        /** Each key's hash (as {@link #term} is given it). */
        private int[] hashes = new int[1 << 12];
        private int size;
        private int[] spans = new int[64];
        private char[] chars = new char[256];
        /** One String per distinct term, so that equal terms are the same instance (cheap map lookups). */
        private final java.util.HashMap<String, String> termInstances = new java.util.HashMap<>();

        char[] chars(int textLength) {
            if (chars.length < textLength) {
                chars = new char[Math.max(textLength, chars.length * 2)];
            }
            return chars;
        }

        /** Room for (start, end, hash) of each word of a text. */
        int[] spans(int textLength) {
            int need = 3 * (textLength / 2 + 1);
            if (spans.length < need) {
                spans = new int[Math.max(need, spans.length * 2)];
            }
            return spans;
        }

        /** The term of the word {@code text[start, end)}, whose hash ({@code 31 * h + c} over its characters) is {@code hash}. */
        String term(char[] text, int start, int end, int hash, FrenchAnalysis analysis) {
            int len = end - start;
            int h = hash ^ (hash >>> 16);
            int mask = keys.length - 1;
            int slot = h & mask;
            while (true) {
                char[] k = keys[slot];
                if (k == null) {
                    break;
                }
                if (hashes[slot] == h && k.length == len && equal(k, text, start)) {
                    String v = values[slot];
                    return v == STOP ? null : v;
                }
                slot = (slot + 1) & mask;
            }
            char[] word = Arrays.copyOfRange(text, start, end);
            String term = analysis.termOf(word, len);
            if (term != null) {
                String shared = termInstances.putIfAbsent(term, term);
                term = shared == null ? term : shared;
            }
            if (size >= MAX_ENTRIES) {
                clear();
                return term;
            }
            keys[slot] = word;
            values[slot] = term == null ? STOP : term;
            hashes[slot] = h;
            if (++size * 2 > keys.length) {
                grow();
            }
            return term;
        }

        private static boolean equal(char[] k, char[] text, int start) {
            for (int i = 0; i < k.length; i++) {
                if (k[i] != text[start + i]) {
                    return false;
                }
            }
            return true;
        }

        private void clear() {
            termInstances.clear();
            keys = new char[1 << 12][];
            values = new String[1 << 12];
            hashes = new int[1 << 12];
            size = 0;
        }

        private void grow() {
            char[][] oldKeys = keys;
            String[] oldValues = values;
            int[] oldHashes = hashes;
            keys = new char[oldKeys.length * 2][];
            values = new String[oldKeys.length * 2];
            hashes = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int s = 0; s < oldKeys.length; s++) {
                char[] k = oldKeys[s];
                if (k == null) {
                    continue;
                }
                int h = oldHashes[s];
                int slot = h & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = k;
                values[slot] = oldValues[s];
                hashes[slot] = h;
            }
        }
    }

    /** The terms of {@code text} in order, without positions. */
    public List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        analyze(text, (term, position, start, end) -> out.add(term));
        return out;
    }

    /** The term of a single word, or the empty string when it is a stop word or has no letters. */
    public String normalise(String word) {
        List<Token> tokens = analyze(word);
        return tokens.isEmpty() ? "" : tokens.get(0).term();
    }

    /** The stop words, folded to ASCII and sorted. */
    public List<String> stopWords() {
        return stopWords;
    }

    /** The elided words ({@code l} in {@code l'amitié}), sorted. */
    public List<String> elisions() {
        return ELISIONS;
    }

    private static String fold(String s) {
        char[] in = s.toCharArray();
        char[] out = new char[in.length * 4];
        int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
        return new String(out, 0, n);
    }
}
