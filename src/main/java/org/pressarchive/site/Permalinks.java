package org.pressarchive.site;

import java.util.List;
import java.util.Map;

/**
 * The one class that knows the site's URL layout (DESIGN.md §4). Paths are relative to the site
 * root, use {@code /}, and always name a file, never a bare folder. The tree of the original
 * language sits at the root; every other interface language has the same tree under
 * {@code <lang>/}.
 */
public final class Permalinks {
    private final String originalLanguage;

    public Permalinks(String originalLanguage) {
        this.originalLanguage = originalLanguage;
    }

    /** Folder prefix of a language's tree: empty for the original language, {@code en/} for English. */
    public String langPrefix(String lang) {
        return lang.equals(originalLanguage) ? "" : lang + "/";
    }

    public String home(String lang) {
        return langPrefix(lang) + "index.html";
    }

    public String release(String lang, String id) {
        return langPrefix(lang) + "communiques/" + id + ".html";
    }

    /** The parse model of one release; language-independent, so only at the root. */
    public String releaseJson(String id) {
        return "communiques/" + id + ".json";
    }

    public String archives(String lang) {
        return langPrefix(lang) + "archives/index.html";
    }

    public String year(String lang, int year) {
        return langPrefix(lang) + "archives/" + year + ".html";
    }

    public String month(String lang, int year, int month) {
        return langPrefix(lang) + "archives/" + year + "-" + (month < 10 ? "0" : "") + month + ".html";
    }

    public String speakers(String lang) {
        return langPrefix(lang) + "intervenants/index.html";
    }

    public String speaker(String lang, String slug) {
        return langPrefix(lang) + "intervenants/" + slug + ".html";
    }

    public String countries(String lang) {
        return langPrefix(lang) + "pays/index.html";
    }

    public String country(String lang, String slug) {
        return langPrefix(lang) + "pays/" + slug + ".html";
    }

    public String themes(String lang) {
        return langPrefix(lang) + "themes/index.html";
    }

    public String theme(String lang, String slug) {
        return langPrefix(lang) + "themes/" + slug + ".html";
    }

    public String search(String lang) {
        return langPrefix(lang) + localName(lang, "search.html");
    }

    /** A file of the search index of interface language {@code lang} ({@code search/fr/meta.js}). */
    public String searchIndex(String lang, String file) {
        return "search/" + lang + "/" + file;
    }

    public String translations(String lang) {
        return langPrefix(lang) + localName(lang, "translations.html");
    }

    /** Top-level pages whose file name is French in the French tree: English name → French name. */
    private static final Map<String, String> FRENCH_NAMES = Map.of(
            "search.html", "recherche.html", "translations.html", "traductions.html");

    private static String localName(String lang, String englishName) {
        return lang.equals("fr") ? FRENCH_NAMES.get(englishName) : englishName;
    }

    /**
     * The same page in another interface language: {@code en/communiques/x.html} in French is
     * {@code communiques/x.html}; {@code recherche.html} in English is {@code en/search.html}.
     */
    public String inLanguage(String path, String lang) {
        String rest = path;
        if (path.length() > 3 && path.charAt(2) == '/' && path.substring(0, 2).matches("[a-z]{2}")) {
            rest = path.substring(3); // language trees are the only two-letter folders
        }
        for (Map.Entry<String, String> e : FRENCH_NAMES.entrySet()) {
            if (rest.equals(e.getKey()) || rest.equals(e.getValue())) {
                rest = localName(lang, e.getKey());
            }
        }
        return langPrefix(lang) + rest;
    }

    public String notFound(String lang) {
        return langPrefix(lang) + "404.html";
    }

    public String feed(String lang) {
        return langPrefix(lang) + "feed.xml";
    }

    public String stylesheet() {
        return "assets/site.css";
    }

    public String script(String name) {
        return "assets/" + name;
    }

    public String sitemap() {
        return "sitemap.xml";
    }

    public String allReleasesJson() {
        return "data/communiques.json";
    }

    /** Page {@code n} (1-based) of a paginated list whose first page is {@code firstPage}. */
    public static String paged(String firstPage, int n) {
        if (n <= 1) {
            return firstPage;
        }
        int dot = firstPage.lastIndexOf('.');
        return firstPage.substring(0, dot) + "-" + n + firstPage.substring(dot);
    }

    /**
     * The relative link from the page at {@code fromPage} to {@code target} (both root-relative),
     * e.g. from {@code communiques/x.html} to {@code index.html} gives {@code ../index.html}.
     */
    public static String relative(String fromPage, String target) {
        List<String> from = List.of(fromPage.split("/"));
        List<String> to = List.of(target.split("/", -1));
        int common = 0;
        while (common < from.size() - 1 && common < to.size() - 1 && from.get(common).equals(to.get(common))) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < from.size() - 1; i++) {
            sb.append("../");
        }
        for (int i = common; i < to.size(); i++) {
            if (i > common) {
                sb.append('/');
            }
            sb.append(to.get(i));
        }
        return sb.toString();
    }

    /** Absolute URL of a root-relative path under {@code baseUrl} (which ends with {@code /}). */
    public static String absolute(String baseUrl, String path) {
        return baseUrl + path;
    }
}
