package org.pressarchive.render.view;

import java.util.List;

/** A release naming a theme, with links to the paragraphs that name it. */
public record MentionView(ReleaseSummary release, List<Link> paragraphs) {
    public MentionView {
        paragraphs = List.copyOf(paragraphs);
    }
}
