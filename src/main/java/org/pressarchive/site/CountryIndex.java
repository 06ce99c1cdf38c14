package org.pressarchive.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pressarchive.model.Participant;
import org.pressarchive.model.Release;
import org.pressarchive.model.Slugs;

/** Countries of the participants, with the releases involving them and their participants; built once, immutable. */
public final class CountryIndex {

    /**
     * A country.
     *
     * @param slug         URL slug of the name
     * @param name         French name as the model gives it
     * @param releases     releases with a participant of that country, newest first
     * @param participants its participants, in French alphabetical order
     */
    public record Country(String slug, String name, List<Release> releases, List<Participant> participants) {
        public Country {
            releases = List.copyOf(releases);
            participants = List.copyOf(participants);
        }
    }

    private final List<Country> countries;
    private final Map<String, Country> byName;

    private CountryIndex(List<Country> countries) {
        this.countries = List.copyOf(countries);
        Map<String, Country> m = new HashMap<>();
        countries.forEach(c -> m.put(c.name(), c));
        this.byName = Map.copyOf(m);
    }

    /** @param releases newest first */
    public static CountryIndex of(List<Release> releases) {
        Map<String, List<Release>> rel = new LinkedHashMap<>();
        Map<String, Map<String, Participant>> people = new HashMap<>();
        for (Release r : releases) {
            for (Participant p : r.participants()) {
                if (p.country() == null || p.country().isBlank() || Slugs.slug(p.country()).isEmpty()) {
                    continue;
                }
                List<Release> list = rel.computeIfAbsent(p.country(), k -> new ArrayList<>());
                if (list.isEmpty() || list.get(list.size() - 1) != r) {
                    list.add(r);
                }
                people.computeIfAbsent(p.country(), k -> new LinkedHashMap<>()).putIfAbsent(p.id(), p);
            }
        }
        Comparator<String> names = FrenchOrder.names();
        List<Country> out = new ArrayList<>();
        for (Map.Entry<String, List<Release>> e : rel.entrySet()) {
            List<Participant> ps = new ArrayList<>(people.get(e.getKey()).values());
            ps.sort(Comparator.comparing(Participant::name, names).thenComparing(Participant::id));
            out.add(new Country(Slugs.slug(e.getKey()), e.getKey(), e.getValue(), ps));
        }
        out.sort(Comparator.comparing(Country::name, names));
        return new CountryIndex(out);
    }

    /** Every country, in French alphabetical order. */
    public List<Country> countries() {
        return countries;
    }

    /** The country named {@code name} (as in {@link Participant#country()}). */
    public Optional<Country> byName(String name) {
        return Optional.ofNullable(name == null ? null : byName.get(name));
    }
}
