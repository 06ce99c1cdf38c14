package org.pressarchive.render.view;

import java.util.List;

/** A paragraph of a release page: its anchor, its number for the reader, its segments. */
public record ParagraphView(String id, int number, List<SegmentView> segments) {
}
