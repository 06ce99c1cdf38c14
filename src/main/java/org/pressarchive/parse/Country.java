package org.pressarchive.parse;

import java.util.List;

/**
 * A country or territory of the {@link Gazetteer}.
 *
 * @param name           French name without article ({@code Chine})
 * @param article        {@code le}, {@code la}, {@code l'}, {@code les} or null
 * @param demonyms       adjective in every gender and number ({@code chinois}, {@code chinoise}…)
 * @param capitals       capital and other seats of government, in French
 * @param aliases        other names ({@code République populaire de Chine})
 * @param combiningForms prefixes as in {@code sino-kazakh}
 */
public record Country(String name, String article, List<String> demonyms, List<String> capitals,
                      List<String> aliases, List<String> combiningForms) {
    public Country {
        demonyms = List.copyOf(demonyms);
        capitals = List.copyOf(capitals);
        aliases = List.copyOf(aliases);
        combiningForms = List.copyOf(combiningForms);
    }
}
