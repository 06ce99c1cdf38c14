package org.pressarchive.parse;

import java.util.ArrayList;
import java.util.List;

/** Splits text into word {@link Token}s: letters, digits and inner hyphens; an apostrophe ends an elided word. */
final class Tokenizer {
    private Tokenizer() {
    }

    /** {@link #wordRule} of every char {@link Folding} has tables for. */
    private static final boolean[] WORD = new boolean[Folding.TABLED];

    /** {@link #kindRule} of every char {@link Folding} has tables for. */
    private static final byte[] KIND = new byte[Folding.TABLED];
    /** Kinds of chars, as {@link #tokens} reads them after folding: */
    private static final int OTHER = 0;
    private static final int WORD_CHAR = 1;
    private static final int HYPHEN = 2;
    private static final int APOSTROPHE = 3;
    /** Added to a kind when folding changes the char. */
    private static final int FOLDS = 4;

    static {
        for (char c = 0; c < Folding.TABLED; c++) {
            WORD[c] = wordRule(c);
        }
        for (char c = 0; c < Folding.TABLED; c++) {
            KIND[c] = (byte) kindRule(c);
        }
    }

    private static boolean wordRule(char c) {
        return Character.isLetterOrDigit(c) || c == '°';
    }

    /** What {@code raw} is once folded (a word char, a hyphen, an apostrophe or other), plus {@link #FOLDS} if folding changes it. */
    private static int kindRule(char raw) {
        char c = Folding.foldChar(raw);
        int kind = isWordChar(c) ? WORD_CHAR : c == '-' ? HYPHEN : c == '\'' ? APOSTROPHE : OTHER;
        return c != raw ? kind + FOLDS : kind;
    }

    private static int kind(char c) {
        return c < Folding.TABLED ? KIND[c] : kindRule(c);
    }

    /**
     * The words of {@code text}: runs of word chars (after {@link Folding}) with inner hyphens
     * (a hyphen followed by a word char), an apostrophe ending the word it follows. The chars are
     * read from an array and classified by one table look-up each: without the optimising
     * compiler a {@link String#charAt} is a call.
     */
    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        char[] cs = text.toCharArray();
        int n = cs.length;
        int i = 0;
        while (i < n) {
            if ((kind(cs[i]) & ~FOLDS) != WORD_CHAR) {
                i++;
                continue;
            }
            int start = i;
            boolean folds = false; // whether folding changes a char of the word
            while (i < n) {
                int k = kind(cs[i]);
                int base = k & ~FOLDS;
                if (base == WORD_CHAR || base == HYPHEN && i + 1 < n && (kind(cs[i + 1]) & ~FOLDS) == WORD_CHAR) {
                    folds |= k != base;
                    i++;
                } else if (base == APOSTROPHE) {
                    folds |= k != base;
                    i++;
                    break;
                } else {
                    break;
                }
            }
            tokens.add(new Token(folds ? folded(cs, start, i) : text.substring(start, i), start, i));
        }
        return tokens;
    }

    /** {@link Folding#fold} of the chars from {@code start} to {@code end}. */
    private static String folded(char[] cs, int start, int end) {
        char[] out = new char[end - start];
        for (int k = start; k < end; k++) {
            out[k - start] = Folding.foldChar(cs[k]);
        }
        return new String(out);
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
