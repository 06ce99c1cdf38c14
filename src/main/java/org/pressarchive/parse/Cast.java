package org.pressarchive.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The participants of a release and the meetings they form: who takes part, and from which
 * paragraph on each group of participants is the one a joint voice ({@code les deux parties})
 * refers to. Immutable.
 */
final class Cast {

    /** A meeting, call or exchange introduced at {@code paragraph}, with its participants' ids. */
    record Meeting(int paragraph, List<String> ids) {
        Meeting {
            ids = List.copyOf(ids);
        }
    }

    private final List<Actor> actors;
    private final List<Meeting> meetings;
    /** For each actor, in order: its id, the key of its name and the words of that key. */
    private final List<String> ids;
    private final String[] keys;
    private final List<Set<String>> words;

    Cast(List<Actor> actors, List<Meeting> meetings) {
        this.actors = List.copyOf(actors);
        this.meetings = List.copyOf(meetings);
        int n = this.actors.size();
        String[] id = new String[n];
        this.keys = new String[n];
        List<Set<String>> w = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Actor a = this.actors.get(i);
            id[i] = a.id();
            keys[i] = key(a.name());
            w.add(wordsOfKey(keys[i]));
        }
        this.words = w;
        this.ids = List.of(id);
    }

    List<Actor> actors() {
        return actors;
    }

    boolean isEmpty() {
        return actors.isEmpty();
    }

    Optional<Actor> byId(String id) {
        for (int i = 0; i < keys.length; i++) {
            if (ids.get(i).equals(id)) {
                return Optional.of(actors.get(i));
            }
        }
        return Optional.empty();
    }

    /**
     * The actor a name refers to: the full name, or a single word of it ({@code Wang},
     * {@code Kosherbayev}, {@code DUPONT}) that no other actor shares.
     */
    Optional<Actor> byName(String name) {
        String f = key(name);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i].equals(f)) {
                return Optional.of(actors.get(i));
            }
        }
        Set<String> named = wordsOfKey(f);
        Actor found = null;
        for (int i = 0; i < keys.length; i++) {
            if (words.get(i).containsAll(named)) {
                if (found != null) {
                    return Optional.empty();
                }
                found = actors.get(i);
            }
        }
        return Optional.ofNullable(found);
    }

    /** A cast of one actor: the one voice of a first-person text. */
    static Cast of(Actor actor) {
        return new Cast(List.of(actor), List.of());
    }

    /** This cast reduced to one actor: the one voice of a first-person text. */
    Cast only(String id) {
        return new Cast(actors.stream().filter(a -> a.id().equals(id)).toList(), List.of());
    }

    /** Actors of a country, in order of introduction. */
    List<Actor> byCountry(String country) {
        return actors.stream().filter(a -> country.equals(a.country())).toList();
    }

    /** The ids of everyone taking part in the meeting under way at {@code paragraph}. */
    List<String> meetingAt(int paragraph) {
        Meeting current = null;
        for (Meeting m : meetings) {
            if (m.paragraph() <= paragraph) {
                current = m;
            }
        }
        if (current == null || current.ids().size() < 2) {
            return ids;
        }
        return current.ids();
    }

    /** The name without diacritics, in lower case, each run of white space ({@code \s+}) one space, trimmed. */
    private static String key(String name) {
        String s = org.pressarchive.model.Slugs.fold(name).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!space) {
                    sb.append(' ');
                }
                space = true;
            } else {
                sb.append(c);
                space = false;
            }
        }
        return sb.toString().trim();
    }

    private static Set<String> words(String name) {
        return wordsOfKey(key(name));
    }

    /** The words of a {@link #key}, whose only white space is single spaces. */
    private static Set<String> wordsOfKey(String key) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : key.split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** A cast under construction, keeping the first introduction of each person. */
    static final class Builder {
        private final List<Actor> actors = new ArrayList<>();
        private final List<Meeting> meetings = new ArrayList<>();

        /** Adds or completes an actor; returns the actor as stored. */
        Actor add(Actor actor) {
            Cast view = build();
            Optional<Actor> existing = view.byName(actor.name());
            if (existing.isPresent()) {
                int i = actors.indexOf(existing.get());
                Actor merged = existing.get().mergedWith(actor);
                actors.set(i, merged);
                return merged;
            }
            // A one-word name met first ("la ministre Joly") and its full form later ("Mélanie Joly"):
            // one person, named by the full form.
            for (int i = 0; i < actors.size(); i++) {
                Actor a = actors.get(i);
                if (words(a.name()).size() == 1 && words(actor.name()).size() > 1
                        && words(actor.name()).containsAll(words(a.name()))) {
                    Actor merged = actor.mergedWith(a);
                    actors.set(i, merged);
                    return merged;
                }
            }
            actors.add(actor);
            return actor;
        }

        void replace(Actor old, Actor updated) {
            int i = actors.indexOf(old);
            if (i >= 0) {
                actors.set(i, updated);
            }
        }

        void meeting(int paragraph, List<String> ids) {
            if (!ids.isEmpty()) {
                meetings.add(new Meeting(paragraph, ids));
            }
        }

        boolean isEmpty() {
            return actors.isEmpty();
        }

        List<Actor> actors() {
            return List.copyOf(actors);
        }

        Cast build() {
            return new Cast(actors, meetings);
        }
    }
}
