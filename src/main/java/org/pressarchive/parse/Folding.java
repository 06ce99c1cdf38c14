package org.pressarchive.parse;

/**
 * Length-preserving normalisation used for matching: lower case, typographic apostrophes as
 * {@code '}, every kind of space as a plain space. Offsets in the folded text are offsets in
 * the original.
 *
 * <p>Both mappings are tables over every {@code char}, computed once from {@link #foldChar}'s
 * rule, so that folding a text costs one array look-up per character; a text the mapping leaves
 * unchanged is returned as it is.
 */
final class Folding {
    private Folding() {
    }

    /** {@link #foldRule} of every char. */
    private static final char[] FOLD = new char[Character.MAX_VALUE + 1];
    /** {@link #plainRule} of every char. */
    private static final char[] PLAIN = new char[Character.MAX_VALUE + 1];
    /**
     * Every char as a case-insensitive Unicode pattern ({@code (?iU)}) compares it: the lower
     * case of its upper case ({@code ı} and {@code I} are {@code i}, {@code ſ} is {@code s}).
     */
    private static final char[] CASELESS = new char[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            FOLD[c] = foldRule((char) c);
            PLAIN[c] = plainRule((char) c);
            CASELESS[c] = Character.toLowerCase(Character.toUpperCase((char) c));
        }
    }

    static String fold(String text) {
        return map(text, FOLD);
    }

    static char foldChar(char c) {
        return FOLD[c];
    }

    /** {@link #fold} of {@code text.substring(start, end)}. */
    static String fold(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (FOLD[c] != c) {
                char[] out = new char[end - start];
                text.getChars(start, i, out, 0);
                for (int k = i; k < end; k++) {
                    out[k - start] = FOLD[text.charAt(k)];
                }
                return new String(out);
            }
        }
        return text.substring(start, end);
    }

    /** Typographic apostrophes and spaces normalised, case kept. */
    static String plain(String text) {
        return map(text, PLAIN);
    }

    /**
     * True when {@code text} holds one of {@code words} as a case-insensitive Unicode pattern
     * reads letters: a quick test for a word such a pattern needs, before running the pattern.
     */
    static boolean containsCaseless(String text, String... words) {
        for (int i = 0; i < text.length(); i++) {
            char c = CASELESS[text.charAt(i)];
            for (String word : words) {
                if (CASELESS[word.charAt(0)] == c && regionCaseless(text, i, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean regionCaseless(String text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int j = 1; j < word.length(); j++) {
            if (CASELESS[text.charAt(at + j)] != CASELESS[word.charAt(j)]) {
                return false;
            }
        }
        return true;
    }

    private static String map(String text, char[] table) {
        int n = text.length();
        int i = 0;
        while (i < n && table[text.charAt(i)] == text.charAt(i)) {
            i++;
        }
        if (i == n) {
            return text;
        }
        char[] out = new char[n];
        text.getChars(0, i, out, 0);
        for (; i < n; i++) {
            out[i] = table[text.charAt(i)];
        }
        return new String(out);
    }

    private static char foldRule(char c) {
        if (c == '’' || c == '‘' || c == 'ʼ' || c == '`') {
            return '\'';
        }
        if (c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\t') {
            return ' ';
        }
        char lower = Character.toLowerCase(c);
        return Character.isSurrogate(c) ? c : lower;
    }

    private static char plainRule(char c) {
        char f = foldRule(c);
        return f == '\'' || f == ' ' ? f : c;
    }
}
