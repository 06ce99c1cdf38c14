package org.pressarchive.parse;

/**
 * Length-preserving normalisation used for matching: lower case, typographic apostrophes as
 * {@code '}, every kind of space as a plain space. Offsets in the folded text are offsets in
 * the original.
 */
final class Folding {
    private Folding() {
    }

    static String fold(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = foldChar(text.charAt(i));
        }
        return new String(out);
    }

    static char foldChar(char c) {
        if (c == '’' || c == '‘' || c == 'ʼ' || c == '`') {
            return '\'';
        }
        if (c == '\u00A0' || c == '\u202F' || c == '\u2007' || c == '\t') {
            return ' ';
        }
        char lower = Character.toLowerCase(c);
        return Character.isSurrogate(c) ? c : lower;
    }

    /** Typographic apostrophes and spaces normalised, case kept. */
    static String plain(String text) {
        char[] out = new char[text.length()];
        for (int i = 0; i < out.length; i++) {
            char c = text.charAt(i);
            char f = foldChar(c);
            out[i] = f == '\'' || f == ' ' ? f : c;
        }
        return new String(out);
    }
}
