package org.pressarchive.xliff;

/**
 * Escapes plain text so that the Markdown reader gives it back verbatim as one paragraph.
 * Anywhere in the line: {@code \ ` * _ [ ] < > & ~ |} get a backslash (CommonMark lets any ASCII
 * punctuation be escaped). At the start of the line: {@code #}, {@code +}, {@code -}, {@code =}
 * (headings, lists, thematic breaks) and the {@code .} or {@code )} after a run of digits (ordered
 * lists, {@code 1.}). The input must hold no line break.
 */
final class MarkdownEscaper {
    private static final String ANYWHERE = "\\`*_[]<>&~|";
    private static final String LINE_START = "#+-=";

    private MarkdownEscaper() {
    }

    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int digits = 0;
        while (digits < text.length() && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean escape = ANYWHERE.indexOf(c) >= 0
                    || (i == 0 && LINE_START.indexOf(c) >= 0)
                    || (i == digits && digits > 0 && (c == '.' || c == ')'));
            if (escape) {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
