package org.pressarchive.xliff;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.pressarchive.model.Whitespace;

/**
 * The bytes of a translation file written by import. Markdown ({@code .md}): YAML front matter
 * ({@code translationOf}, {@code lang}, {@code title} when known), then one paragraph per unit,
 * stripped of leading and trailing whitespace (as every reader does) and escaped with
 * {@link MarkdownEscaper}, separated by blank lines. Plain text ({@code .txt}, when an
 * existing translation is plain text): one paragraph per line. UTF-8, LF, final newline.
 */
final class TranslationFile {
    private TranslationFile() {
    }

    static byte[] markdown(String translationOf, String lang, String title, List<String> paragraphs) {
        StringBuilder sb = new StringBuilder();
        sb.append("---\n");
        sb.append("translationOf: ").append(yamlString(translationOf)).append('\n');
        sb.append("lang: ").append(yamlString(lang)).append('\n');
        if (title != null && !title.isBlank()) {
            sb.append("title: ").append(yamlString(title)).append('\n');
        }
        sb.append("---\n");
        for (String p : paragraphs) {
            sb.append('\n').append(MarkdownEscaper.escape(Whitespace.strip(p))).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] plainText(List<String> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (String p : paragraphs) {
            sb.append(Whitespace.strip(p)).append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A double-quoted YAML scalar. */
    static String yamlString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
