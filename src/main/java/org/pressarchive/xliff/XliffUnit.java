package org.pressarchive.xliff;

import java.util.List;

/**
 * One {@code <unit>}: a paragraph, its id being the paragraph id ({@code p3}).
 *
 * @param line 1-based line of the element in the XLIFF file (0 when written by us)
 */
public record XliffUnit(String id, int line, List<XliffNote> notes, List<XliffSegment> segments) {
    public XliffUnit {
        notes = List.copyOf(notes);
        segments = List.copyOf(segments);
    }
}
