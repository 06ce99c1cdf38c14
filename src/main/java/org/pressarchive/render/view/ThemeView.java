package org.pressarchive.render.view;

import java.util.List;

/** A theme's page: name, acronym (maybe null), counts, the releases and paragraphs naming it. */
public record ThemeView(String name, String acronym, String summary, List<MentionView> mentions, Pager pager) {
    public ThemeView {
        mentions = List.copyOf(mentions);
    }
}
