package org.pressarchive.render.view;

import java.util.List;

/** Entries under one heading (a letter of A–Z), or under none ({@code heading} null). {@code anchor} is the heading's id. */
public record EntryGroup(String heading, String anchor, List<Entry> entries) {
    public EntryGroup {
        entries = List.copyOf(entries);
    }
}
