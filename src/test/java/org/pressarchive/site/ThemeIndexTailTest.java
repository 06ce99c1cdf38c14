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
}
