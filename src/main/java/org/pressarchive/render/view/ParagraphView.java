package org.pressarchive.render.view;

import java.util.List;

import org.pressarchive.render.TextHtml;

/** A paragraph of a release page: its anchor, its number for the reader, its segments. */
public record ParagraphView(String id, int number, List<SegmentView> segments) {

    /** The segments as HTML, escaped, for {@code th:utext} (see {@link TextHtml}). */
    public String html() {
        return TextHtml.paragraph(this);
    }
}
