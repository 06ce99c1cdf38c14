package org.pressarchive.site;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.pressarchive.model.Release;

/**
 * The translations of the archive, by original release id and language; immutable. A
 * translation carries its original's id and paragraph/sentence ids, so {@code #p3-s2} is the
 * same place in every language.
 */
public final class TranslationIndex {
    private static final TranslationIndex EMPTY = new TranslationIndex(Map.of());

    private final Map<String, Map<String, Release>> byOriginal;

    private TranslationIndex(Map<String, Map<String, Release>> byOriginal) {
        this.byOriginal = byOriginal;
    }

    public static TranslationIndex empty() {
        return EMPTY;
    }

    /** Indexes aligned translations (each already carrying its original's id). */
    public static TranslationIndex of(List<Release> translations) {
        Map<String, Map<String, Release>> m = new HashMap<>();
        for (Release t : translations) {
            m.computeIfAbsent(t.id(), k -> new TreeMap<>()).put(t.lang(), t);
        }
        Map<String, Map<String, Release>> frozen = new HashMap<>();
        m.forEach((k, v) -> frozen.put(k, java.util.Collections.unmodifiableMap(new TreeMap<>(v))));
        return new TranslationIndex(Map.copyOf(frozen));
    }

    public Optional<Release> translation(String originalId, String lang) {
        return Optional.ofNullable(byOriginal.getOrDefault(originalId, Map.of()).get(lang));
    }

    /** Languages into which the release is translated, sorted. */
    public List<String> languages(String originalId) {
        return List.copyOf(byOriginal.getOrDefault(originalId, Map.of()).keySet());
    }

    /** Every translation, by original id then language. */
    public List<Release> all() {
        List<Release> all = new java.util.ArrayList<>();
        new TreeMap<>(byOriginal).values().forEach(m -> all.addAll(m.values()));
        return all;
    }

    public int count(String lang) {
        return (int) byOriginal.values().stream().filter(m -> m.containsKey(lang)).count();
    }
}
