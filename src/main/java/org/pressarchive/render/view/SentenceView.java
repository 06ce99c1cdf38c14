package org.pressarchive.render.view;

import java.util.List;

/** A sentence as the release page shows it: anchor id, kind, and its text as formatted pieces. */
public record SentenceView(String id, String kind, List<Piece> pieces) {
}
