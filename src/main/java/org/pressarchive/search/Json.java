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

    /** A UTF-8 script written straight into bytes (for the large files: documents' texts). */
    static final class Out {
        private byte[] buf;
        private int n;
        private char[] chars = new char[256];
        /** Characters escaped between two checks of the room left in the buffer. */
        private static final int STRETCH = 64;

        Out(int capacity) {
            buf = new byte[Math.max(64, capacity)];
        }

        private void ensure(int more) {
            if (n + more > buf.length) {
                buf = java.util.Arrays.copyOf(buf, Math.max(n + more, buf.length * 2));
            }
        }

        /** Appends ASCII text as it is. */
        Out ascii(String s) {
            ensure(s.length());
            for (int i = 0; i < s.length(); i++) {
                buf[n++] = (byte) s.charAt(i);
            }
            return this;
        }

        Out ascii(char c) {
            ensure(1);
            buf[n++] = (byte) c;
            return this;
        }

        /** Appends ASCII bytes as they are. */
        Out ascii(byte[] bytes, int from, int count) {
            ensure(count);
            System.arraycopy(bytes, from, buf, n, count);
            n += count;
            return this;
        }

        /** Appends {@code count} ASCII bytes of {@code bytes} from {@code from}, as they are. */
        Out bytes(ByteBuf bytes, int from, int count) {
            ensure(count);
            bytes.copy(from, buf, n, count);
            n += count;
            return this;
        }

        /** Appends text unescaped, in UTF-8 (as {@code String.getBytes} encodes it). */
        Out raw(CharSequence s) {
            int len = s.length();
            ensure(len);
            for (int i = 0; i < len; i++) {
                char c = s.charAt(i);
                if (c >= 0x80) {
                    byte[] bytes = s.subSequence(i, len).toString().getBytes(StandardCharsets.UTF_8);
                    return ascii(bytes, 0, bytes.length);
                }
                buf[n++] = (byte) c;
            }
            return this;
        }

        /** Appends {@code s} as a JSON string, escaped like {@link Json#string}, in UTF-8. */
        Out string(String s) {
            int len = s.length();
            if (chars.length < len) {
                chars = new char[Math.max(len, chars.length * 2)];
            }
            s.getChars(0, len, chars, 0);
            // Room is made a stretch at a time (a character takes at most 6 bytes): asking for six
            // times a long text at once would grow a buffer sized for its UTF-8 length.
            int stretchEnd = 0;
            ensure(2); // the quotes of an empty string
            byte[] b = buf;
            int at = n;
            b[at++] = '"';
            for (int i = 0; i < len; i++) {
                if (i >= stretchEnd) {
                    stretchEnd = Math.min(len, i + STRETCH);
                    n = at;
                    ensure(6 * (stretchEnd - i) + 1);
                    b = buf;
                }
                char c = chars[i];
                if (c < 0x80) {
                    if (c >= 0x20 && c != '"' && c != '\\' && c != '<') {
                        b[at++] = (byte) c;
                        continue;
                    }
                    b[at++] = '\\';
                    switch (c) {
                        case '"' -> b[at++] = '"';
                        case '\\' -> b[at++] = '\\';
                        case '\n' -> b[at++] = 'n';
                        case '\r' -> b[at++] = 'r';
                        case '\t' -> b[at++] = 't';
                        default -> {
                            b[at++] = 'u';
                            b[at++] = '0';
                            b[at++] = '0';
                            b[at++] = (byte) HEX[c >> 4];
                            b[at++] = (byte) HEX[c & 15];
                        }
                    }
                } else if (c < 0x800) {
                    b[at++] = (byte) (0xC0 | c >> 6);
                    b[at++] = (byte) (0x80 | c & 0x3F);
                } else if (c == '\u2028' || c == '\u2029') {
                    b[at++] = '\\';
                    b[at++] = 'u';
                    b[at++] = '2';
                    b[at++] = '0';
                    b[at++] = '2';
                    b[at++] = (byte) (c == '\u2028' ? '8' : '9');
                } else if (Character.isSurrogate(c)) {
                    if (Character.isHighSurrogate(c) && i + 1 < len && Character.isLowSurrogate(chars[i + 1])) {
                        int cp = Character.toCodePoint(c, chars[++i]);
                        b[at++] = (byte) (0xF0 | cp >> 18);
                        b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                        b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                        b[at++] = (byte) (0x80 | cp & 0x3F);
                    } else {
                        b[at++] = '?'; // as String.getBytes does with a lone surrogate
                    }
                } else {
                    b[at++] = (byte) (0xE0 | c >> 12);
                    b[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                    b[at++] = (byte) (0x80 | c & 0x3F);
                }
            }
            b[at++] = '"';
            n = at;
            return this;
        }

        Out strings(List<String> values) {
            ascii('[');
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    ascii(',');
                }
                string(values.get(i));
            }
            return ascii(']');
        }

        byte[] toBytes() {
            return java.util.Arrays.copyOf(buf, n);
        }
    }
}
