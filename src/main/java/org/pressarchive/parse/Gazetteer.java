package org.pressarchive.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/**
 * Countries in French, loaded from {@code countries.json}: names with and without article,
 * demonyms in every gender and number, capitals and combining forms. Immutable.
 */
public final class Gazetteer {

    /** A country named at some token of a sentence, and how many tokens the name spans. */
    record Match(Country country, int length) {
    }

    /** Country names as a tree of their words, for {@link #countryAt}. */
    private static final class Node {
        private final Map<String, Node> next = new HashMap<>();
        private Country country;
    }

    private final List<Country> countries;
    private final Map<String, Country> byName = new HashMap<>();
    private final Node names = new Node();
    private final Map<String, Country> byDemonym = new HashMap<>();
    private final Map<String, Country> byCombining = new HashMap<>();
    private final Map<String, String> cities = new HashMap<>();
    private final Map<String, String> capitalOf = new HashMap<>();
    private final Map<String, String> offices = new HashMap<>();
    private final Map<String, String> publishers = new java.util.LinkedHashMap<>();
    private final int longestName;

    Gazetteer(List<Country> countries, Map<String, String> otherCities, Map<String, String> offices) {
        this.countries = List.copyOf(countries);
        int longest = 1;
        for (Country c : countries) {
            List<String> names = new ArrayList<>(c.aliases());
            names.add(0, c.name());
            for (String name : names) {
                String key = key(name);
                byName.putIfAbsent(key, c);
                longest = Math.max(longest, key.split(" ").length);
            }
            c.demonyms().forEach(d -> byDemonym.putIfAbsent(Folding.fold(d), c));
            c.combiningForms().forEach(d -> byCombining.putIfAbsent(Folding.fold(d), c));
            c.capitals().forEach(city -> cities.putIfAbsent(key(city), city));
            c.capitals().forEach(city -> capitalOf.putIfAbsent(key(city), c.name()));
        }
        this.longestName = longest;
        byName.forEach((key, country) -> {
            Node node = names;
            for (String word : key.split(" ", -1)) {
                node = node.next.computeIfAbsent(word, w -> new Node());
            }
            node.country = country;
        });
        otherCities.keySet().forEach(city -> cities.putIfAbsent(key(city), city));
        offices.forEach((office, country) -> this.offices.put(Folding.fold(office), country));
    }

    /** Loads the gazetteer shipped in the jar. */
    static Gazetteer load() {
        Map<String, Object> root = DataFiles.object(DataFiles.read("countries.json"));
        List<Country> list = new ArrayList<>();
        for (Object o : DataFiles.array(root.get("countries"))) {
            Map<String, Object> n = DataFiles.object(o);
            list.add(new Country(DataFiles.string(n.get("name")),
                    n.get("article") == null ? null : DataFiles.string(n.get("article")),
                    DataFiles.strings(n.get("demonyms")), DataFiles.strings(n.get("capitals")),
                    DataFiles.strings(n.get("aliases")), DataFiles.strings(n.get("combiningForms"))));
        }
        Gazetteer g = new Gazetteer(list, pairs(root.get("cities")), pairs(root.get("offices")));
        Object publishers = root.get("publishers");
        if (publishers != null) {
            pairs(publishers).forEach((marker, country) -> g.publishers.put(Folding.fold(marker), country));
        }
        return g;
    }

    /** An array of {@code {"name": …, "country": …}} as a map, in order. */
    private static Map<String, String> pairs(Object array) {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (Object o : DataFiles.array(array)) {
            Map<String, Object> v = DataFiles.object(o);
            out.put(DataFiles.string(v.get("name")), DataFiles.string(v.get("country")));
        }
        return out;
    }

    private static String key(String text) {
        return Tokenizer.key(text);
    }

    public List<Country> countries() {
        return countries;
    }

    /** The country whose name or alias starts at token {@code i} (longest match), if any. */
    Optional<Match> countryAt(List<Token> tokens, int i) {
        Node node = names;
        Country found = null;
        int length = 0;
        int end = Math.min(i + longestName, tokens.size());
        for (int k = i; k < end; k++) {
            node = node.next.get(tokens.get(k).folded());
            if (node == null) {
                break;
            }
            if (node.country != null) {
                found = node.country;
                length = k - i + 1;
            }
        }
        return found == null ? Optional.empty() : Optional.of(new Match(found, length));
    }

    /** The country of a demonym in any gender and number, also as the last part of {@code sino-kazakhes}. */
    public Optional<Country> byDemonym(String word) {
        String f = Folding.fold(word);
        Country c = byDemonym.get(f);
        if (c == null && f.indexOf('-') > 0) {
            c = byDemonym.get(f.substring(f.lastIndexOf('-') + 1));
        }
        return Optional.ofNullable(c);
    }

    /** The country named exactly {@code name} (article and case ignored). */
    public Optional<Country> byName(String name) {
        return Optional.ofNullable(byName.get(key(name)));
    }

    /**
     * True when {@code name} (case ignored) is a country's name or alias, or a city's: a word of a
     * place, not of a person's name.
     */
    boolean namesPlace(String name) {
        String key = key(name);
        return byName.containsKey(key) || cities.containsKey(key);
    }

    /** {@link #namesPlace(String)} of {@code name}, whose fold is {@code folded}. */
    boolean namesPlace(String name, String folded) {
        String key = Tokenizer.key(name, folded);
        return byName.containsKey(key) || cities.containsKey(key);
    }

    /** The country an office or seat names by itself ({@code ministre de l'Europe et des Affaires étrangères}). */
    public Optional<String> countryOfOffice(String text) {
        String f = Folding.fold(text);
        for (Map.Entry<String, String> e : offices.entrySet()) {
            if (f.contains(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * The country whose government publishes {@code text}, from the markers of the data file
     * ({@code Élysée}, {@code Xinhua}, an unqualified {@code Président de la République}), if
     * exactly one country is marked.
     */
    public Optional<String> publisherCountry(String text) {
        String f = Folding.fold(text);
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (Map.Entry<String, String> e : publishers.entrySet()) {
            int at = f.indexOf(e.getKey());
            while (at >= 0) {
                if (!qualified(f, at + e.getKey().length()) && (at == 0 || !Character.isLetter(f.charAt(at - 1)))) {
                    found.add(e.getValue());
                    break;
                }
                at = f.indexOf(e.getKey(), at + 1);
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    private static final java.util.Set<String> GENITIVES = java.util.Set.of("de", "du", "d'", "des");

    /** True when an office is followed by its country: {@code … de la République du Kenya}, {@code … française}. */
    private boolean qualified(String f, int end) {
        List<Token> next = Tokenizer.tokens(f.substring(end, Math.min(f.length(), end + 40)));
        if (next.isEmpty() || end < f.length() && Character.isLetter(f.charAt(end))) {
            return !next.isEmpty() && end < f.length() && Character.isLetter(f.charAt(end));
        }
        String w = next.get(0).folded();
        return GENITIVES.contains(w) || byDemonym(w).isPresent();
    }

    /** The country whose capital is {@code city} (case ignored), if it is one. */
    public Optional<String> countryOfCapital(String city) {
        return Optional.ofNullable(capitalOf.get(key(city)));
    }

    /** The French spelling of a capital named {@code name} (case ignored), if it is one. */
    public Optional<String> city(String name) {
        return Optional.ofNullable(cities.get(key(name)));
    }

    /**
     * The first country a text names, by name, demonym or combining form, scanning the tokens
     * from {@code from} to {@code to}.
     */
    Optional<Country> firstCountry(List<Token> tokens, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(to, tokens.size()); i++) {
            Optional<Match> m = countryAt(tokens, i);
            if (m.isPresent()) {
                return Optional.of(m.get().country());
            }
            Optional<Country> d = byDemonym(tokens.get(i).folded());
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }
}
