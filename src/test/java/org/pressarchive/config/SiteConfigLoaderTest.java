package org.pressarchive.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SiteConfigLoaderTest {
    private final SiteConfigLoader loader = new SiteConfigLoader();

    @Test
    void readsEveryKeyAndNormalisesTheBaseUrl() throws ConfigException {
        SiteConfig c = loader.parse("site.yaml", """
                title: Archive MAE
                description: Communiqués traduits
                baseUrl: https://user.github.io/repo
                languages: [fr, en, zh]
                publisher: Ministère
                """);
        assertThat(c.title()).isEqualTo("Archive MAE");
        assertThat(c.baseUrl()).isEqualTo("https://user.github.io/repo/");
        assertThat(c.languages()).containsExactly("fr", "en", "zh");
        assertThat(c.publisher()).isEqualTo("Ministère");
    }

    @Test
    void defaultsWhenEmpty() throws ConfigException {
        SiteConfig c = loader.parse("site.yaml", "");
        assertThat(c.languages()).isEqualTo(List.of("fr", "en"));
        assertThat(c.baseUrl()).isNull();
    }

    @Test
    void unknownKeyIsAnErrorNamingItAndItsLine() {
        assertThatThrownBy(() -> loader.parse("site.yaml", "title: A\nbase_url: https://x/\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("site.yaml:2")
                .hasMessageContaining("base_url");
    }

    @Test
    void badLanguageAndRelativeBaseUrlAreErrors() {
        assertThatThrownBy(() -> loader.parse("site.yaml", "languages: [fr, english]\n"))
                .hasMessageContaining("english");
        assertThatThrownBy(() -> loader.parse("site.yaml", "baseUrl: /repo/\n"))
                .hasMessageContaining("absolute");
    }
}
