package org.pressarchive.parse;

/**
 * Length-preserving normalisation used for matching: lower case, typographic apostrophes as
 * {@code '}, every kind of space as a plain space. Offsets in the folded text are offsets in
 * the original.
 *
 * <p>The mappings of the chars French texts use (up to the general punctuation block) are
 * tables computed once from the rules below, so that folding a text costs one array look-up per
 * character; other chars go through the rules. A text a mapping leaves unchanged is returned as
 * it is.
 */
final class Folding {
    private Folding() {
    }

    /** Chars below this have their mappings in the tables. */
    static final int TABLED = 0x2100;

    /** {@link #foldRule} of every tabled char. */
    private static final char[] FOLD = new char[TABLED];
    /** {@link #plainRule} of every tabled char. */
    private static final char[] PLAIN = new char[TABLED];
    /** {@link #caselessRule} of every tabled char. */
    private static final char[] CASELESS = new char[TABLED];

    static {
        for (char c = 0; c < TABLED; c++) {
            FOLD[c] = foldRule(c);
            PLAIN[c] = plainRule(c);
            CASELESS[c] = caselessRule(c);
        }
    }

    static String fold(String text) {
        // one charAt per char up to the first that changes, then the chars of an array: cheaper
        // than String.charAt without the optimising compiler
        int n = text.length();
        int i = 0;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (foldChar(c) != c) {
                break;
            }
        }
        if (i == n) {
            return text;
        }
        char[] out = text.toCharArray();
        for (; i < n; i++) {
            out[i] = foldChar(out[i]);
        }
        return new String(out);
    }

    static char foldChar(char c) {
        return c < TABLED ? FOLD[c] : foldRule(c);
    }

    /** {@link #fold} of {@code text.substring(start, end)}. */
    static String fold(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (foldChar(c) != c) {
                char[] out = new char[end - start];
                text.getChars(start, i, out, 0);
                for (int k = i; k < end; k++) {
                    out[k - start] = foldChar(text.charAt(k));
                }
                return new String(out);
            }
        }
        return text.substring(start, end);
    }

    /** Typographic apostrophes and spaces normalised, case kept. */
    static String plain(String text) {
        int n = text.length();
        int i = 0;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (plainChar(c) != c) {
                break;
            }
        }
        if (i == n) {
            return text;
        }
        char[] out = text.toCharArray();
        for (; i < n; i++) {
            out[i] = plainChar(out[i]);
        }
        return new String(out);
    }

    private static char plainChar(char c) {
        return c < TABLED ? PLAIN[c] : plainRule(c);
    }

    private static char caseless(char c) {
        return c < TABLED ? CASELESS[c] : caselessRule(c);
    }

    /**
     * True when {@code text} holds one of {@code words} as a case-insensitive Unicode pattern
     * reads letters: a quick test for a word such a pattern needs, before running the pattern.
     */
    static boolean containsCaseless(String text, String... words) {
        char[] firsts = new char[words.length];
        for (int k = 0; k < words.length; k++) {
            firsts[k] = caseless(words[k].charAt(0));
        }
        for (int i = 0; i < text.length(); i++) {
            char c = caseless(text.charAt(i));
            for (int k = 0; k < firsts.length; k++) {
                if (firsts[k] == c && regionCaseless(text, i, words[k])) {
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
            if (caseless(text.charAt(at + j)) != caseless(word.charAt(j))) {
                return false;
            }
        }
        return true;
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

    /**
     * A char as a case-insensitive Unicode pattern ({@code (?iU)}) compares it: the lower case of
     * its upper case ({@code ı} and {@code I} are {@code i}, {@code ſ} is {@code s}).
     */
    private static char caselessRule(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
