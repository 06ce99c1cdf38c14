package org.pressarchive.render.view;

import java.util.List;

/**
 * What every page's layout needs: language, titles, relative links to the stylesheet, the home
 * page and the main navigation, the same page in the other interface languages, the canonical
 * address, and the page's metadata for sharing and search engines.
 *
 * @param canonical absolute URL of this page, or null without a base URL
 * @param feed      relative link to the Atom feed of this language, or null without a base URL
 * @param ogType    OpenGraph type ({@code website}, {@code article})
 * @param jsonLd    JSON-LD data block, already escaped for a {@code <script>} element, or null
 * @param search    relative link to the search page of this language (the header's search form)
 */
public record Chrome(String lang, String siteTitle, String pageTitle, String description, String css, String home,
                     List<Link> nav, List<Alternate> alternates, String canonical, String feed, String ogType,
                     String jsonLd, String search) {

    /** The same page in another interface language. {@code absolute} is null without a base URL. */
    public record Alternate(String lang, String label, String href, String absolute, boolean current) {
    }

    /**
     * The site title, the main navigation and the search box of the header ({@code chrome.html ::
     * siteBar(bar)}): what is the same on every page of a language in one folder, so that equal
     * bars share one rendering of the fragment.
     */
    public record Bar(String siteTitle, String home, List<Link> nav, String search) {
    }

    /**
     * The page in the first interface language, for {@code hreflang="x-default"}: what
     * {@code alternates[0]} gives, without the indexing that only OGNL evaluates.
     */
    public Alternate defaultAlternate() {
        return alternates.get(0);
    }

    /** The header's {@link Bar} of this page. */
    public Bar bar() {
        return new Bar(siteTitle, home, nav, search);
    }

    /** This chrome with the page's OpenGraph type and JSON-LD block. */
    public Chrome withMetadata(String type, String ld) {
        return new Chrome(lang, siteTitle, pageTitle, description, css, home, nav, alternates, canonical, feed, type, ld, search);
    }

    /** This chrome with another description (the page's own summary). */
    public Chrome withDescription(String text) {
        return new Chrome(lang, siteTitle, pageTitle, text, css, home, nav, alternates, canonical, feed, ogType, jsonLd, search);
    }

    /** This chrome with every link passed through {@code map} (e.g. made absolute for the 404 page). */
    public Chrome withLinks(java.util.function.UnaryOperator<String> map) {
        List<Link> n = nav.stream().map(l -> new Link(l.label(), map.apply(l.href()))).toList();
        List<Alternate> a = alternates.stream()
                .map(x -> new Alternate(x.lang(), x.label(), map.apply(x.href()), x.absolute(), x.current())).toList();
        return new Chrome(lang, siteTitle, pageTitle, description, map.apply(css), map.apply(home), n, a, canonical,
                feed == null ? null : map.apply(feed), ogType, jsonLd, map.apply(search));
    }

    /** OpenGraph locale: {@code fr_FR}, {@code en_GB}, or the bare language. */
    public String ogLocale() {
        return switch (lang) {
            case "fr" -> "fr_FR";
            case "en" -> "en_GB";
            default -> lang;
        };
    }
}
