package org.pressarchive.render;

/**
 * Compact JSON written into a {@link StringBuilder}, as Jackson's {@code writeValueAsString} writes
 * a tree of objects, arrays and strings (no spaces; members in the order written; a null string
 * as {@code null}), for small documents written on every page. Strings are escaped as Jackson
 * escapes them by default: {@code "} and {@code \} with a backslash, the control characters
 * below U+0020 as {@code \b \t \n \f \r} or as a backslash, {@code u00} and two upper-case
 * hex digits, everything else as it is. The tests compare both on every kind of character.
 */
final class JsonText {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final StringBuilder out;
    /** Whether the next member or element is the first of its object or array (no comma). */
    private boolean first = true;

    JsonText(int capacity) {
        out = new StringBuilder(capacity);
    }

    /** Starts an object: the document, or the next element of an array. */
    void open() {
        comma();
        out.append('{');
        first = true;
    }

    void openObject(String name) {
        name(name);
        out.append('{');
        first = true;
    }

    void openArray(String name) {
        name(name);
        out.append('[');
        first = true;
    }

    void close() {
        out.append('}');
        first = false;
    }

    void closeArray() {
        out.append(']');
        first = false;
    }

    void field(String name, String value) {
        name(name);
        string(value);
    }

    private void name(String name) {
        comma();
        string(name);
        out.append(':');
    }

    private void comma() {
        if (!first) {
            out.append(',');
        }
        first = false;
    }

    private void string(String s) {
        if (s == null) {
            out.append("null");
            return;
        }
        out.append('"');
        int from = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, from, i).append('\\');
            switch (c) {
                case '"', '\\' -> out.append(c);
                case '\b' -> out.append('b');
                case '\t' -> out.append('t');
                case '\n' -> out.append('n');
                case '\f' -> out.append('f');
                case '\r' -> out.append('r');
                default -> out.append("u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
            from = i + 1;
        }
        out.append(s, from, n).append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
