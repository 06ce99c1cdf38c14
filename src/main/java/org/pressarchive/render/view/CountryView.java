package org.pressarchive.render.view;

import java.util.List;

/** A country's page: its participants (first page only) and the releases involving it. */
public record CountryView(String name, String summary, List<ParticipantView> participants,
                          List<ReleaseSummary> releases, Pager pager) {
    public CountryView {
        participants = List.copyOf(participants);
        releases = List.copyOf(releases);
    }
}
