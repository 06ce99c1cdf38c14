package org.pressarchive.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.pressarchive.render.view.Entry;
import org.pressarchive.render.view.EntryGroup;
import org.pressarchive.render.view.Link;
import org.pressarchive.site.FrenchOrder;

/** Groups the entries of an A–Z index page under their initial letters, with jump links to each group. */
final class Directories {
    private Directories() {
    }

    /** Entries (already in order) grouped by the initial of {@code name}, in order of appearance. */
    static <T> List<EntryGroup> byInitial(List<T> items, Function<T, String> name, Function<T, Entry> entry) {
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        for (T item : items) {
            groups.computeIfAbsent(FrenchOrder.initial(name.apply(item)), k -> new ArrayList<>()).add(entry.apply(item));
        }
        List<EntryGroup> out = new ArrayList<>();
        groups.forEach((letter, entries) -> out.add(new EntryGroup(letter, anchor(letter), entries)));
        return out;
    }

    static List<Link> jumps(List<EntryGroup> groups) {
        return groups.stream().map(g -> new Link(g.heading(), "#" + g.anchor())).toList();
    }

    private static String anchor(String letter) {
        return "letter-" + (letter.equals("#") ? "other" : letter);
    }
}
