package org.pressarchive.config;

import java.util.List;

/**
 * The site settings ({@code site.yaml}). Every field has a default, so the file is optional.
 *
 * @param title       site title shown in the header and the feed
 * @param description one-line description for the home page and metadata
 * @param baseUrl     absolute address the site is published at (ends with {@code /}), or null
 * @param languages   interface languages; the first is the original's and the site root's
 * @param publisher   who publishes the releases (cited in citations and JSON-LD)
 */
public record SiteConfig(String title, String description, String baseUrl, List<String> languages, String publisher) {
    public static final String DEFAULT_TITLE = "Archive des communiqués";

    public SiteConfig {
        title = title == null || title.isBlank() ? DEFAULT_TITLE : title.strip();
        description = description == null ? "" : description.strip();
        baseUrl = normaliseBaseUrl(baseUrl);
        languages = languages == null || languages.isEmpty() ? List.of("fr", "en") : List.copyOf(languages);
        publisher = publisher == null ? "" : publisher.strip();
    }

    public static SiteConfig defaults() {
        return new SiteConfig(null, null, null, null, null);
    }

    public SiteConfig withBaseUrl(String url) {
        return new SiteConfig(title, description, url, languages, publisher);
    }

    public SiteConfig withLanguages(List<String> langs) {
        return new SiteConfig(title, description, baseUrl, langs, publisher);
    }

    /** The original language: the first configured one. */
    public String originalLanguage() {
        return languages.get(0);
    }

    static String normaliseBaseUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String u = url.strip();
        return u.endsWith("/") ? u : u + "/";
    }
}
