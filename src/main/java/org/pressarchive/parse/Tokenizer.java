package org.pressarchive.parse;

import java.util.ArrayList;
import java.util.List;

/** Splits text into word {@link Token}s: letters, digits and inner hyphens; an apostrophe ends an elided word. */
final class Tokenizer {
    private Tokenizer() {
    }

    /** {@link #isWordChar} of every char. */
    private static final boolean[] WORD = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            WORD[c] = Character.isLetterOrDigit((char) c) || c == '°';
        }
    }

    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!WORD[Folding.foldChar(text.charAt(i))]) {
                i++;
                continue;
            }
            int start = i;
            while (i < n) {
                char c = Folding.foldChar(text.charAt(i));
                if (WORD[c]) {
                    i++;
                } else if (c == '-' && i + 1 < n && WORD[Folding.foldChar(text.charAt(i + 1))]) {
                    i++;
                } else if (c == '\'') {
                    i++;
                    break;
                } else {
                    break;
                }
            }
            tokens.add(new Token(Folding.fold(text, start, i), start, i));
        }
        return tokens;
    }

    static boolean isWordChar(char c) {
        return WORD[c];
    }

    /** The folded words of {@code text} joined by single spaces: the key of a phrase or a name in the data. */
    static String key(String text) {
        if (isOneWord(text)) {
            return Folding.fold(text); // the one token tokens(text) would find
        }
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
            if (!WORD[Folding.foldChar(text.charAt(i))]) {
                return false;
            }
        }
        return true;
    }
}
