package org.pressarchive.render.view;

import java.util.List;

/**
 * A speaker's page: name, roles, country (link, maybe null), counts, statements of this page,
 * the releases they take part in (first page only), pager.
 */
public record SpeakerView(String id, String name, List<String> roles, Link country, String summary, String colour,
                          List<StatementView> statements, List<ReleaseSummary> releases, Pager pager) {
    public SpeakerView {
        roles = List.copyOf(roles);
        statements = List.copyOf(statements);
        releases = List.copyOf(releases);
    }
}
