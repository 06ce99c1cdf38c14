package org.pressarchive.site;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Alphabetical order of names as a French reader expects it (accents and case second), with
 * a code-point tie-break so that distinct strings never compare equal.
 */
public final class FrenchOrder {
    private FrenchOrder() {
    }

    /**
     * A fresh comparator. Each name's collation key is computed once and kept by the comparator
     * (comparing keys is a byte comparison; the collator's own compare normalises both strings
     * at every comparison, which dominated sorting an archive's people and countries).
     */
    public static Comparator<String> names() {
        Collator collator = Collator.getInstance(Locale.FRENCH);
        collator.setStrength(Collator.TERTIARY);
        java.util.Map<String, java.text.CollationKey> keys = new java.util.concurrent.ConcurrentHashMap<>();
        Comparator<String> c = (a, b) -> keys.computeIfAbsent(a, collator::getCollationKey)
                .compareTo(keys.computeIfAbsent(b, collator::getCollationKey));
        return c.thenComparing(Comparator.naturalOrder());
    }

    /** The letter heading a name is filed under: its first letter without accent, upper case, or {@code #}. */
    public static String initial(String name) {
        String folded = org.pressarchive.model.Slugs.fold(name).strip();
        if (folded.isEmpty() || !Character.isLetter(folded.charAt(0))) {
            return "#";
        }
        return folded.substring(0, 1).toUpperCase(Locale.ROOT);
    }
}
