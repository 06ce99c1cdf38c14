package org.pressarchive.parse;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words and reporting cues of each sentence of one release, worked out once for all the
 * stages that read them (participants, place, speakers). Sentences are known by identity: the
 * strings the parser cut the paragraphs into. One per call of {@link FrenchReleaseParser#parse},
 * never shared between threads; the lists it gives are not to be changed.
 */
final class SentenceCache {

    private final ReportingLexicon lexicon;
    private final Map<String, List<Token>> tokens = new IdentityHashMap<>();
    private final Map<String, List<Cue>> cues = new IdentityHashMap<>();

    SentenceCache(ReportingLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** {@link Tokenizer#tokens} of {@code sentence}. */
    List<Token> tokens(String sentence) {
        List<Token> t = tokens.get(sentence);
        if (t == null) {
            t = Tokenizer.tokens(sentence);
            tokens.put(sentence, t);
        }
        return t;
    }

    /** {@link ReportingLexicon#cues} of the tokens of {@code sentence}. */
    List<Cue> cues(String sentence) {
        List<Cue> c = cues.get(sentence);
        if (c == null) {
            c = lexicon.cues(tokens(sentence));
            cues.put(sentence, c);
        }
        return c;
    }

    /**
     * The tokens of the text made of every sentence of {@code paragraphs} followed by a line
     * break, in order (their offsets are each sentence's own): no word spans a line break, so
     * these are that text's words.
     */
    List<Token> tokensOfAll(List<List<String>> paragraphs) {
        List<Token> out = new ArrayList<>();
        for (List<String> p : paragraphs) {
            for (String s : p) {
                out.addAll(tokens(s));
            }
        }
        return out;
    }
}
