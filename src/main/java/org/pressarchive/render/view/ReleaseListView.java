package org.pressarchive.render.view;

import java.util.List;

/** A page listing releases (a month of the archive): title, counts, link up, releases, pager. */
public record ReleaseListView(String title, String summary, Link up, List<ReleaseSummary> releases, Pager pager) {
    public ReleaseListView {
        releases = List.copyOf(releases);
    }
}
