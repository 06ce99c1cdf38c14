package org.pressarchive.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Common international organisations and initiatives with their French names, acronyms and
 * other spellings, from the data file {@code organisations.json} shipped in the jar.
 */
public final class ThemeCatalog {
    static final String RESOURCE = "organisations.json";

    /** One organisation. {@code acronym} may be null; {@code aliases} are other exact spellings. */
    public record Entry(String id, String name, String acronym, List<String> aliases) {
        public Entry {
            aliases = List.copyOf(aliases);
        }

        /** Every spelling that names this entry in a text: name, aliases, acronym. */
        public List<String> forms() {
            List<String> f = new ArrayList<>();
            f.add(name);
            f.addAll(aliases);
            if (acronym != null) {
                f.add(acronym);
            }
            return f;
        }
    }

    private final List<Entry> entries;

    public ThemeCatalog(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The catalog shipped in the jar (read once: a watching process builds again and again). */
    public static ThemeCatalog standard() {
        return Standard.CATALOG;
    }

    private static final class Standard {
        static final ThemeCatalog CATALOG = load();
    }

    private static ThemeCatalog load() {
        try (InputStream in = ThemeCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("data file " + RESOURCE + " is missing from the jar");
            }
            JsonNode root = JsonMapper.builder().build().readTree(in);
            List<Entry> entries = new ArrayList<>();
            for (JsonNode n : root) {
                List<String> aliases = new ArrayList<>();
                n.path("aliases").forEach(a -> aliases.add(a.asString()));
                JsonNode acronym = n.get("acronym");
                entries.add(new Entry(n.get("id").asString(), n.get("name").asString(),
                        acronym == null || acronym.isNull() ? null : acronym.asString(), aliases));
            }
            return new ThemeCatalog(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + RESOURCE, e);
        }
    }

    public List<Entry> entries() {
        return entries;
    }
}
