package org.pressarchive.model;

/**
 * Inline formatting carried over from Markdown input, as a span of the paragraph's plain text.
 * Offsets are into {@link Paragraph#text()}, end exclusive. {@code href} is set for links only
 * and is already known to be safe (no {@code javascript:} or {@code data:}).
 */
public record InlineMark(Type type, int start, int end, String href) {
    public enum Type { EMPHASIS, STRONG, CODE, LINK }

    public InlineMark {
        java.util.Objects.requireNonNull(type, "type");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad mark span " + start + ".." + end);
        }
    }
}
