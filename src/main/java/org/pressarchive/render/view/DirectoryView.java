package org.pressarchive.render.view;

import java.util.List;

/**
 * An index page (years, months, speakers, countries, themes): a title, a line of counts, a
 * link up (null at the top), jump links to the groups of this page, the groups, the pager.
 */
public record DirectoryView(String title, String summary, Link up, List<Link> jumps, List<EntryGroup> groups,
                            Pager pager) {
    public DirectoryView {
        jumps = List.copyOf(jumps);
        groups = List.copyOf(groups);
    }

    public boolean empty() {
        return groups.stream().allMatch(g -> g.entries().isEmpty());
    }
}
