package org.pressarchive.model;

import java.text.Normalizer;
import java.util.Locale;

/** URL-safe slugs: lower-case ASCII letters, digits and single hyphens. */
public final class Slugs {
    private Slugs() {
    }

    /**
     * ASCII-folds and slugs {@code text}: {@code "Coopération « Chine-Asie »"} becomes
     * {@code cooperation-chine-asie}. Idempotent. Returns an empty string when nothing is left.
     */
    public static String slug(String text) {
        return slug(text, Integer.MAX_VALUE);
    }

    /** Like {@link #slug(String)}, cut at a hyphen so the result is at most {@code max} characters. */
    public static String slug(String text, int max) {
        String folded = fold(text).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(folded.length());
        boolean hyphen = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (hyphen && sb.length() > 0) {
                    sb.append('-');
                }
                hyphen = false;
                sb.append(c);
            } else {
                hyphen = true;
            }
        }
        String s = sb.toString();
        if (s.length() > max) {
            int cut = s.lastIndexOf('-', max);
            s = cut > 0 ? s.substring(0, cut) : s.substring(0, max);
        }
        return s;
    }

    /** Removes diacritics and expands ligatures: {@code œ → oe}, {@code æ → ae}, {@code ß → ss}. */
    public static String fold(String text) {
        String expanded = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
                .replace("ß", "ss").replace('’', '\'');
        String d = Normalizer.normalize(expanded, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
