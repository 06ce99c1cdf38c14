package org.pressarchive.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the parser's JSON data files from the classpath, next to this class, into plain values:
 * an object is a {@code Map<String, Object>} in the order of the file, an array a
 * {@code List<Object>}, a string a {@code String}, a number a {@code Double}, {@code true} and
 * {@code false} a {@code Boolean}, {@code null} null.
 *
 * <p>The reader is a small one of its own, for standard JSON (RFC 8259): the two data files are
 * read at every start of the tool, and a general JSON library costs more to load than the files
 * cost to read.
 */
final class DataFiles {
    private DataFiles() {
    }

    /** The value of the data file {@code name}. */
    static Object read(String name) {
        try (InputStream in = DataFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing parser data file on the classpath: " + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read parser data file " + name, e);
        }
    }

    /** The object {@code value} is; fails on anything else. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        throw new IllegalStateException("parser data: expected an object, found " + value);
    }

    /** The array {@code value} is; fails on anything else. */
    @SuppressWarnings("unchecked")
    static List<Object> array(Object value) {
        if (value instanceof List<?> list) {
            return (List<Object>) list;
        }
        throw new IllegalStateException("parser data: expected an array, found " + value);
    }

    /** The string {@code value} is; fails on anything else. */
    static String string(Object value) {
        if (value instanceof String s) {
            return s;
        }
        throw new IllegalStateException("parser data: expected a string, found " + value);
    }

    /** Every string of an array. */
    static List<String> strings(Object array) {
        List<String> out = new ArrayList<>();
        for (Object v : array(array)) {
            out.add(string(v));
        }
        return out;
    }

    /** The value of a JSON text; {@code name} is for error messages. */
    static Object parse(String text, String name) {
        Reader r = new Reader(text, name);
        if (r.at < text.length() && text.charAt(r.at) == '\uFEFF') {
            r.at++; // a byte order mark
        }
        Object value = r.value();
        r.skipSpace();
        if (r.at < text.length()) {
            throw r.error("text after the value");
        }
        return value;
    }

    /** A recursive-descent reader over the text, {@code at} its position. */
    private static final class Reader {
        private final String text;
        private final String name;
        private int at;
        /** The next backslash and line break from {@code at} on, -1 for none, kept as the reader moves on. */
        private int escapeAt = -2;
        private int breakAt = -2;

        Reader(String text, String name) {
            this.text = text;
            this.name = name;
        }

        Object value() {
            skipSpace();
            if (at >= text.length()) {
                throw error("a value is missing");
            }
            char c = text.charAt(at);
            switch (c) {
                case '{':
                    return object();
                case '[':
                    return array();
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    if (c == '-' || c >= '0' && c <= '9') {
                        return number();
                    }
                    throw error("unexpected '" + c + "'");
            }
        }

        private Map<String, Object> object() {
            Map<String, Object> out = new LinkedHashMap<>();
            at++; // {
            skipSpace();
            if (peek() == '}') {
                at++;
                return Collections.unmodifiableMap(out);
            }
            while (true) {
                skipSpace();
                if (peek() != '"') {
                    throw error("a member name is missing");
                }
                String key = string();
                skipSpace();
                expect(':');
                out.put(key, value());
                skipSpace();
                if (peek() == ',') {
                    at++;
                } else {
                    expect('}');
                    return Collections.unmodifiableMap(out);
                }
            }
        }

        private List<Object> array() {
            List<Object> out = new ArrayList<>();
            at++; // [
            skipSpace();
            if (peek() == ']') {
                at++;
                return Collections.unmodifiableList(out);
            }
            while (true) {
                out.add(value());
                skipSpace();
                if (peek() == ',') {
                    at++;
                } else {
                    expect(']');
                    return Collections.unmodifiableList(out);
                }
            }
        }

        private String string() {
            at++; // opening quote
            int close = text.indexOf('"', at);
            escapeAt = next('\\', escapeAt);
            breakAt = next('\n', breakAt);
            if (close >= 0 && (escapeAt < 0 || escapeAt > close) && (breakAt < 0 || breakAt > close)) {
                String s = text.substring(at, close); // the common case: no escape
                at = close + 1;
                return s;
            }
            StringBuilder sb = null;
            int start = at;
            while (true) {
                if (at >= text.length()) {
                    throw error("a string is not closed");
                }
                char c = text.charAt(at);
                if (c == '"') {
                    String s = sb == null ? text.substring(start, at) : sb.append(text, start, at).toString();
                    at++;
                    return s;
                }
                if (c < 0x20) {
                    throw error("a control character in a string");
                }
                if (c != '\\') {
                    at++;
                    continue;
                }
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(text, start, at);
                at++;
                sb.append(escaped());
                start = at;
            }
        }

        /** The position of the next {@code c} from {@code at}, given the one found before ({@code last}). */
        private int next(char c, int last) {
            return last == -1 || last >= at ? last : text.indexOf(c, at);
        }

        /** The char of the escape sequence after a backslash. */
        private char escaped() {
            char e = peek();
            at++;
            switch (e) {
                case '"':
                case '\\':
                case '/':
                    return e;
                case 'b':
                    return '\b';
                case 'f':
                    return '\f';
                case 'n':
                    return '\n';
                case 'r':
                    return '\r';
                case 't':
                    return '\t';
                case 'u':
                    if (at + 4 > text.length()) {
                        throw error("a \\u escape is cut");
                    }
                    try {
                        char c = (char) Integer.parseInt(text.substring(at, at + 4), 16);
                        at += 4;
                        return c;
                    } catch (NumberFormatException ex) {
                        throw error("a bad \\u escape");
                    }
                default:
                    throw error("a bad escape \\" + e);
            }
        }

        private Double number() {
            int start = at;
            while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            try {
                return Double.valueOf(text.substring(start, at));
            } catch (NumberFormatException e) {
                throw error("a bad number");
            }
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, at)) {
                throw error("unexpected '" + text.charAt(at) + "'");
            }
            at += word.length();
            return value;
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("'" + c + "' expected");
            }
            at++;
        }

        private char peek() {
            if (at >= text.length()) {
                throw error("the text ends too early");
            }
            return text.charAt(at);
        }

        void skipSpace() {
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    return;
                }
                at++;
            }
        }

        IllegalStateException error(String what) {
            int line = 1;
            for (int i = 0; i < Math.min(at, text.length()); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                }
            }
            return new IllegalStateException("bad JSON in parser data file " + name + ", line " + line + ": " + what);
        }
    }
}
