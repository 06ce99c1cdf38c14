package org.pressarchive.search;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The few JSON shapes of the index, written directly (no tree), and the script that registers one
 * file's data: {@code __pa_search("t/ab",{…});}. Scripts are used instead of JSON because
 * browsers refuse {@code fetch} of local files but run {@code <script src>}. Besides JSON's own
 * escapes, {@code <} and the line separators U+2028 and U+2029 are escaped, so no text can end a
 * script element or break older parsers.
 */
final class Json {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {
    }

    /** Appends {@code s} as a JSON string. */
    static StringBuilder string(StringBuilder sb, String s) {
        sb.append('"');
        int n = s.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '\u2028' && c != '\u2029') {
                continue;
            }
            sb.append(s, from, i);
            from = i + 1;
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15])
                        .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
            }
        }
        return sb.append(s, from, n).append('"');
    }

    /** Appends a JSON array of strings. */
    static StringBuilder strings(StringBuilder sb, List<String> values) {
        sb.append('[');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            string(sb, values.get(i));
        }
        return sb.append(']');
    }

    /** The script registering {@code json} under {@code key}. */
    static byte[] script(String key, CharSequence json) {
        StringBuilder sb = new StringBuilder(json.length() + key.length() + 20);
        sb.append("__pa_search(");
        string(sb, key);
        sb.append(',').append(json).append(");\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The JSON part of a script written by {@link #script}, or null if {@code bytes} is not one. */
    static String data(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (!s.startsWith("__pa_search(\"") || !s.endsWith(");\n")) {
            return null;
        }
        int comma = s.indexOf("\",", 13);
        return comma < 0 ? null : s.substring(comma + 2, s.length() - 3);
    }
}
