package org.pressarchive.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The bounded look-back of acronym definitions finds the same name as a look at the whole text. */
class ThemeIndexTailTest {
    @Test
    void nameBeforeOnTheTailEqualsNameBeforeOnTheWholePrefix() {
        String[] words = {"Organisation", "internationale", "de", "l’Union", "Paris,", "la", "Banque", "(BM)",
                "mondiale", "Initiative", "«", "»", "d'Afrique", "et", "Conseil", "Commission", "à"};
        String[] spaces = {" ", "  ", "\u00A0", "\u202F", "\n", " \t"};
        Random random = new Random(42);
        for (int n = 0; n < 3000; n++) {
            StringBuilder sb = new StringBuilder();
            int count = random.nextInt(40);
            for (int i = 0; i < count; i++) {
                if (i > 0 || random.nextBoolean()) {
                    sb.append(spaces[random.nextInt(spaces.length)]);
                }
                sb.append(words[random.nextInt(words.length)]);
            }
            if (random.nextBoolean()) {
                sb.append(spaces[random.nextInt(spaces.length)]);
            }
            String text = sb.toString();
            for (String acronym : new String[] {"OIDC", "BM", "UA", "CUA"}) {
                assertThat(ThemeIndex.nameBefore(ThemeIndex.tail(text, text.length(), 12), acronym))
                        .as(text).isEqualTo(ThemeIndex.nameBefore(text, acronym));
            }
        }
    }

    @Test
    void theSurfaceFinderFindsWhatAPlainScanFinds() {
        java.util.Set<String> forms = new java.util.LinkedHashSet<>(java.util.List.of("Union africaine", "UA",
                "Organisation des Nations unies", "ONU", "l'Union européenne", "G20", "Nations-Unies", "OTAN",
                "Initiative « la Ceinture et la Route »", "Banque mondiale", "BM", "Ωmega"));
        java.util.regex.Pattern pattern = ThemeIndex.surfacePattern(forms);
        ThemeIndex.SurfaceFinder finder = new ThemeIndex.SurfaceFinder(pattern, forms);
        String[] words = {"Union", "africaine", "UA", "UAE", "ONU", "l'Union", "européenne", "G20", "G2", "Nations",
                "-Unies", "Nations-Unies", "OTAN,", "(OTAN)", "xOTAN", "Initiative", "«", "la", "Ceinture", "et", "Route",
                "»", "Banque", "mondiale", "BM.", "Ωmega", "𝒜BM", "Organisation", "des", "unies", "é"};
        String[] spaces = {" ", "", "\u00A0", "\n", "  "};
        Random random = new Random(7);
        for (int n = 0; n < 5000; n++) {
            StringBuilder sb = new StringBuilder();
            int count = random.nextInt(30);
            for (int i = 0; i < count; i++) {
                sb.append(words[random.nextInt(words.length)]).append(spaces[random.nextInt(spaces.length)]);
            }
            String text = sb.toString();
            java.util.List<String> plain = new java.util.ArrayList<>();
            java.util.regex.Matcher m = pattern.matcher(text);
            while (m.find()) {
                plain.add(m.group());
            }
            assertThat(finder.find(text)).as(text).isEqualTo(plain);
        }
    }
}
