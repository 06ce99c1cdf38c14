package org.pressarchive.render.view;

import java.util.List;

import org.pressarchive.render.TextHtml;

/**
 * A paragraph of a release page: its anchor, its number for the reader, its segments, and the
 * label of its permalink ({@code release.permalink} with its number, in the page's language).
 */
public record ParagraphView(String id, int number, List<SegmentView> segments, String permalinkLabel) {

    /** The segments as HTML, escaped, for {@code th:utext} (see {@link TextHtml}). */
    public String html() {
        return TextHtml.paragraph(this);
    }
}
