package org.pressarchive.model;

/** Whitespace as the input format defines it: Unicode spaces including NBSP and narrow NBSP. */
public final class Whitespace {
    private Whitespace() {
    }

    public static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '\u00A0' || cp == '\u202F'
                || cp == '\u2007' || cp == '\uFEFF';
    }

    /** True when the line holds only whitespace (spaces, tabs, NBSP…) or nothing. */
    public static boolean isBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The text without leading and trailing whitespace in the sense of {@link #isSpace}. */
    public static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }
}
