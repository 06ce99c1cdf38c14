package org.pressarchive.parse;

import java.util.ArrayList;
import java.util.List;

/** Splits text into word {@link Token}s: letters, digits and inner hyphens; an apostrophe ends an elided word. */
final class Tokenizer {
    private Tokenizer() {
    }

    /** {@link #wordRule} of every char {@link Folding} has tables for. */
    private static final boolean[] WORD = new boolean[Folding.TABLED];

    static {
        for (char c = 0; c < Folding.TABLED; c++) {
            WORD[c] = wordRule(c);
        }
    }

    private static boolean wordRule(char c) {
        return Character.isLetterOrDigit(c) || c == '°';
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!isWordChar(Folding.foldChar(text.charAt(i)))) {
                i++;
                continue;
            }
            int start = i;
            boolean folds = false; // whether folding changes a char of the word
            while (i < n) {
                char raw = text.charAt(i);
                char c = Folding.foldChar(raw);
                if (isWordChar(c) || c == '-' && i + 1 < n && isWordChar(Folding.foldChar(text.charAt(i + 1)))) {
                    folds |= c != raw;
                    i++;
                } else if (c == '\'') {
                    folds |= c != raw;
                    i++;
                    break;
                } else {
                    break;
                }
            }
            tokens.add(new Token(folds ? Folding.fold(text, start, i) : text.substring(start, i), start, i));
        }
        return tokens;
    }

    static boolean isWordChar(char c) {
        return c < Folding.TABLED ? WORD[c] : wordRule(c);
    }

    /** The folded words of {@code text} joined by single spaces: the key of a phrase or a name in the data. */
    static String key(String text) {
        if (isOneWord(text)) {
            return Folding.fold(text); // the one token tokens(text) would find
        }
        return keyOfWords(text);
    }

    /** {@link #key(String)} of {@code text}, whose fold ({@link Folding#fold}) is {@code folded}. */
    static String key(String text, String folded) {
        if (!folded.isEmpty() && isWord(folded)) {
            return folded; // the chars of the fold are the folded chars: one token
        }
        return keyOfWords(text);
    }

    private static boolean isWord(String folded) {
        for (int i = 0; i < folded.length(); i++) {
            if (!isWordChar(folded.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String keyOfWords(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (Token t : tokens(text)) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(t.folded());
        }
        return sb.toString();
    }

    /** True when {@code text} is word chars only, so one token of all of it. */
    private static boolean isOneWord(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isWordChar(Folding.foldChar(text.charAt(i)))) {
                return false;
            }
        }
        return true;
    }
}
