package org.pressarchive.parse;

/**
 * A half-open character range {@code [start, end)} of a paragraph's text.
 *
 * @param start first character, inclusive
 * @param end   last character, exclusive
 */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span " + start + ".." + end);
        }
    }

    /** The characters of {@code text} this span covers. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
