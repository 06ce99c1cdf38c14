package org.pressarchive.render;

/**
 * HTML escaping for markup written by code rather than by a template. It gives the same bytes as
 * the templates' {@code th:text} and attribute processors (unbescape's HTML4 escaping at its
 * "XML-significant characters" level): {@code &}, {@code <}, {@code >}, {@code "} and {@code '}
 * become {@code &amp;}, {@code &lt;}, {@code &gt;}, {@code &quot;} and {@code &#39;}, in text and
 * in attribute values alike; every other character is written as it is (the pages are UTF-8).
 */
public final class Html {
    private Html() {
    }

    /** Appends {@code text} escaped to {@code out}; nothing for null (as {@code th:text} shows null). */
    public static StringBuilder escape(StringBuilder out, String text) {
        if (text == null) {
            return out;
        }
        int n = text.length();
        int i = firstSignificant(text, n);
        if (i == n) {
            // Most texts have nothing to escape: one bulk append instead of a copy char by char.
            return out.append(text);
        }
        int from = 0;
        for (; i < n; i++) {
            String entity;
            switch (text.charAt(i)) {
                case '&' -> entity = "&amp;";
                case '<' -> entity = "&lt;";
                case '>' -> entity = "&gt;";
                case '"' -> entity = "&quot;";
                case '\'' -> entity = "&#39;";
                default -> {
                    continue;
                }
            }
            out.append(text, from, i).append(entity);
            from = i + 1;
        }
        return out.append(text, from, n);
    }

    /** The index of the first character that needs an entity, or {@code n}. */
    private static int firstSignificant(String text, int n) {
        if (n >= SCAN_AS_BYTES && !mayBeSignificant(text, n)) {
            return n;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            // All five are below '?': one comparison for most characters.
            if (c < '?' && (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'')) {
                return i;
            }
        }
        return n;
    }

    /** From this length on, a text is first scanned as bytes (see {@link #mayBeSignificant}). */
    private static final int SCAN_AS_BYTES = 8;

    /**
     * False when {@code text} surely has nothing to escape. Its chars are copied as their low bytes
     * (one array copy for most strings) and the bytes scanned: with the JIT the builds use (C1), a
     * loop over an array costs about half as much as {@code charAt} per character. A char that
     * needs an entity has itself as its low byte, so none is missed; another char whose low byte
     * happens to be one of them (U+2026 …: 0x26 &amp;) only sends the text to the exact scan.
     */
    @SuppressWarnings("deprecation")
    private static boolean mayBeSignificant(String text, int n) {
        byte[] low = new byte[n];
        text.getBytes(0, n, low, 0);
        for (byte b : low) {
            if (b < '?' && (b == '&' || b == '<' || b == '>' || b == '"' || b == '\'')) {
                return true;
            }
        }
        return false;
    }

    /** {@code text} escaped. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        if (firstSignificant(text, text.length()) == text.length()) {
            return text;
        }
        return escape(new StringBuilder(text.length() + 16), text).toString();
    }
}
