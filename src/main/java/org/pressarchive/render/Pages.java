package org.pressarchive.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.pressarchive.config.SiteConfig;

import org.pressarchive.model.Release;
import org.pressarchive.render.view.Chrome;
import org.pressarchive.render.view.Link;
import org.pressarchive.render.view.ReleaseSummary;
import org.pressarchive.site.Permalinks;

/**
 * Shared helpers of the HTML output sets: the page chrome, dates in the page's locale, release
 * summaries, and the template call itself.
 */
public final class Pages {
    private Pages() {
    }

    /**
     * The chrome of the page at {@code path} in {@code lang}.
     *
     * @param pathIn the same page's path in any interface language
     */
    public static Chrome chrome(SiteContext site, String lang, String path, String pageTitle,
                                Function<String, String> pathIn) {
        Folder f = folder(site, lang, path);
        List<String> languages = site.config().languages();
        List<Chrome.Alternate> alternates = new ArrayList<>(languages.size());
        for (int i = 0; i < languages.size(); i++) {
            String other = languages.get(i);
            String target = pathIn.apply(other);
            String abs = site.config().baseUrl() == null ? null : Permalinks.absolute(site.config().baseUrl(), target);
            alternates.add(new Chrome.Alternate(other, f.languageNames.get(i), Permalinks.relative(path, target), abs,
                    other.equals(lang)));
        }
        String canonical = site.config().baseUrl() == null ? null : Permalinks.absolute(site.config().baseUrl(), path);
        return new Chrome(lang, site.config().title(), pageTitle, site.config().description(), f.css, f.home, f.nav,
                alternates, canonical, f.feed, "website", null, f.search);
    }

    /**
     * The parts of the chrome that are the same for every page of a language in one folder: the
     * relative links of the navigation, stylesheet, home, feed and search, and the languages'
     * names. A relative link depends only on the folder of the page it is written in, and a
     * build's pages sit in a few folders: computed once per folder instead of on every page.
     */
    private record Folder(String css, String home, List<Link> nav, String feed, String search,
                          List<String> languageNames) {
    }

    /** Folders' chrome parts by language and folder, for the one configuration they were made for. */
    private record FolderCache(SiteConfig config, Permalinks links, MessageBundles messages,
                               Map<String, Folder> folders) {
    }

    private static volatile FolderCache folderCache;

    private static Folder folder(SiteContext site, String lang, String path) {
        int slash = path.lastIndexOf('/');
        if (path.endsWith("/")) {
            return folderParts(site, lang, path); // not a page's path: nothing to share
        }
        FolderCache cache = folderCache;
        // Identity, not equality: a new build (or a test's site) has new objects and a new cache.
        if (cache == null || cache.config != site.config() || cache.links != site.links()
                || cache.messages != site.messages()) {
            cache = new FolderCache(site.config(), site.links(), site.messages(), new ConcurrentHashMap<>());
            folderCache = cache;
        }
        String key = lang + '\0' + path.substring(0, slash + 1);
        Folder f = cache.folders.get(key);
        if (f == null) {
            f = folderParts(site, lang, path);
            cache.folders.put(key, f);
        }
        return f;
    }

    private static Folder folderParts(SiteContext site, String lang, String path) {
        List<Link> nav = new ArrayList<>();
        nav.add(new Link(site.messages().require(lang, "nav.home"), Permalinks.relative(path, site.links().home(lang))));
        nav.add(new Link(site.messages().require(lang, "nav.archives"),
                Permalinks.relative(path, site.links().archives(lang))));
        nav.add(new Link(site.messages().require(lang, "nav.speakers"),
                Permalinks.relative(path, site.links().speakers(lang))));
        nav.add(new Link(site.messages().require(lang, "nav.countries"),
                Permalinks.relative(path, site.links().countries(lang))));
        nav.add(new Link(site.messages().require(lang, "nav.themes"),
                Permalinks.relative(path, site.links().themes(lang))));
        if (site.config().languages().size() > 1) {
            nav.add(new Link(site.messages().require(lang, "nav.translations"),
                    Permalinks.relative(path, site.links().translations(lang))));
        }
        List<String> names = new ArrayList<>();
        for (String other : site.config().languages()) {
            names.add(site.messages().require(other, "lang.name"));
        }
        String feed = site.config().baseUrl() == null ? null : Permalinks.relative(path, site.links().feed(lang));
        return new Folder(Permalinks.relative(path, site.links().stylesheet()),
                Permalinks.relative(path, site.links().home(lang)), List.copyOf(nav), feed,
                Permalinks.relative(path, site.links().search(lang)), List.copyOf(names));
    }

    /** {@code 28 octobre 2025} / {@code 1er mars 2024} in French, {@code 28 October 2025} in English. */
    public static String longDate(LocalDate date, String lang) {
        if (date == null) {
            return "";
        }
        if (lang.equals("fr") && date.getDayOfMonth() == 1) {
            return "1er " + formatter("MMMM uuuu", lang).format(date);
        }
        return formatter("d MMMM uuuu", lang).format(date);
    }

    /** Formatters are immutable and thread-safe: one per pattern and language. */
    private static final java.util.Map<String, DateTimeFormatter> FORMATTERS = new java.util.concurrent.ConcurrentHashMap<>();

    private static DateTimeFormatter formatter(String pattern, String lang) {
        return FORMATTERS.computeIfAbsent(pattern + "|" + lang,
                k -> DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(lang)));
    }

    public static ReleaseSummary summary(SiteContext site, Release r, String lang, String fromPath) {
        List<String> names = r.participants().stream().map(p -> p.name()).toList();
        Release shown = site.translations().translation(r.id(), lang).orElse(r);
        List<String> languages = new java.util.ArrayList<>();
        languages.add(r.lang());
        languages.addAll(site.translations().languages(r.id()));
        return new ReleaseSummary(r.id(), shown.title(), shown.lang(), r.date() == null ? null : r.date().toString(),
                longDate(r.date(), lang), r.location(), names,
                Permalinks.relative(fromPath, site.links().release(lang, r.id())), languages);
    }

    /** A count with its noun in the page's language, from the message {@code key} (a choice format). */
    public static String count(SiteContext site, String lang, String key, int n) {
        return site.messages().require(lang, key, n);
    }

    /** Renders an HTML or XML template with {@code chrome} and the given variables. */
    public static byte[] render(SiteContext site, String template, Chrome chrome, Map<String, Object> vars) {
        Map<String, Object> all = new HashMap<>(vars);
        all.put("chrome", chrome);
        return site.templates().render(template, chrome.lang(), all);
    }

}
