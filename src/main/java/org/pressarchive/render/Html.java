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
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            // All five are below '?': one comparison for most characters.
            if (c < '?' && (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'')) {
                return i;
            }
        }
        return n;
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
