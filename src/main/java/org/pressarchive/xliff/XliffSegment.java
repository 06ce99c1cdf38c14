package org.pressarchive.xliff;

/**
 * One {@code <segment>}: a sentence, its id being the sentence id ({@code p3-s2}).
 *
 * @param state      the XLIFF state ({@code initial}, {@code translated}…), or null
 * @param source     the source text, or null when the element has no {@code <source>}
 * @param target     the target text, or null when the element has no {@code <target>}
 * @param line       1-based line of the {@code <segment>} element (0 when written by us)
 * @param targetLine 1-based line of the {@code <target>} element, or the segment's line without one
 */
public record XliffSegment(String id, String state, String source, String target, int line, int targetLine) {

    /** A segment to write. */
    public static XliffSegment of(String id, String state, String source, String target) {
        return new XliffSegment(id, state, source, target, 0, 0);
    }
}
