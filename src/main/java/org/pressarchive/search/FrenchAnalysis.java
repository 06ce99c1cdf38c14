package org.pressarchive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
 * folded) → light stemming ({@code FrenchLightStemFilter}).
 *
 * <p>Folding runs <em>before</em> the stemmer so that a word typed without accents gets the same
 * stem as the accented word in the text. The query side ({@code assets/search.js}) repeats this
 * chain in JavaScript; the stop words and elided articles it uses are taken from
 * {@link #stopWords()} and {@link #elisions()} and written into the index, so the two sides share
 * one list. Instances are immutable and thread-safe.
 */
public final class FrenchAnalysis {
    /** Articles and pronouns removed before an apostrophe (Lucene's French defaults). */
    private static final List<String> ELISIONS = List.of("c", "d", "j", "jusqu", "l", "lorsqu", "m", "n",
            "puisqu", "qu", "quoiqu", "s", "t");

    private final CharArraySet stopSet;
    private final List<String> stopWords;
    private final Analyzer analyzer;

    public FrenchAnalysis() {
        TreeSet<String> folded = new TreeSet<>();
        for (Object word : FrenchAnalyzer.getDefaultStopSet()) {
            folded.add(fold(new String((char[]) word)));
        }
        this.stopWords = List.copyOf(folded);
        this.stopSet = CharArraySet.unmodifiableSet(new CharArraySet(folded, false));
        CharArraySet articles = CharArraySet.unmodifiableSet(new CharArraySet(ELISIONS, true));
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

    /** The terms of {@code text} in order, with positions counted from 0. */
    public List<Token> analyze(String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                out.add(new Token(term.toString(), position, offset.startOffset(), offset.endOffset()));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse text", e); // reading a String cannot fail
        }
        return out;
    }

    /** The terms of {@code text} in order, without positions. */
    public List<String> terms(String text) {
        return analyze(text).stream().map(Token::term).toList();
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
