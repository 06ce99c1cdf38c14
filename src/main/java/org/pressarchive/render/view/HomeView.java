package org.pressarchive.render.view;

import java.util.List;

/**
 * The home page: the latest releases, the counts (each linking to its index), the search
 * page's relative address and the link to all releases by date.
 */
public record HomeView(List<ReleaseSummary> latest, List<Entry> counts, String search, Link archives) {
    public HomeView {
        latest = List.copyOf(latest);
        counts = List.copyOf(counts);
    }
}
