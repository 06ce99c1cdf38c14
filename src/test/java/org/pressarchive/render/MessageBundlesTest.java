package org.pressarchive.render;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Messages reused from the caches are those formatted afresh, on any thread, in every language. */
class MessageBundlesTest {
    final MessageBundles messages = new MessageBundles(new ThemeFiles(null), List.of("fr", "en"));

    static String fresh(String pattern, String lang, Object... args) {
        return new MessageFormat(pattern, Locale.forLanguageTag(lang)).format(args);
    }

    @Test
    void formattedMessagesEqualAFreshMessageFormatEveryTime() {
        for (String lang : List.of("fr", "en")) {
            String pattern = messages.require(lang, "count.releases");
            for (int round = 0; round < 3; round++) {
                for (int n : new int[] {0, 1, 2, 999, 1000, 12345}) {
                    assertThat(messages.require(lang, "count.releases", n)).isEqualTo(fresh(pattern, lang, n));
                    assertThat(messages.require(lang, "count.releases", (long) n)).isEqualTo(fresh(pattern, lang, (long) n));
                }
                String citation = messages.require(lang, "release.citation");
                assertThat(messages.require(lang, "release.citation", "Éditeur", "Titre « x »", "1er mars 2024", "a.html"))
                        .isEqualTo(fresh(citation, lang, "Éditeur", "Titre « x »", "1er mars 2024", "a.html"));
            }
        }
        assertThat(messages.require("fr", "count.releases", 1234)).endsWith(" communiqués")
                .isNotEqualTo(messages.require("en", "count.releases", 1234));
    }

    @Test
    void patternsWithoutArgumentsAreReturnedAsWritten() {
        assertThat(messages.require("fr", "release.older")).isEqualTo("← Précédent :");
        assertThat(messages.message("fr", "no.such.key")).isEmpty();
        assertThatThrownBy(() -> messages.require("fr", "no.such.key")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void threadsFormatTheSameMessagesConcurrently() {
        String pattern = messages.require("fr", "count.statements");
        List<Boolean> ok = IntStream.range(0, 20_000).parallel()
                .mapToObj(i -> messages.require("fr", "count.statements", i % 1500).equals(fresh(pattern, "fr", i % 1500)))
                .toList();
        assertThat(ok).containsOnly(true);
    }
}
