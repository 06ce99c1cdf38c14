package org.pressarchive.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.pressarchive.site.Permalinks;

/**
 * {@code sitemap.xml} listing every HTML page of the given output sets (404 pages excepted) with
 * absolute addresses and {@code hreflang} alternates (the same page in every interface language,
 * plus {@code x-default}); past {@link #LIMIT} addresses, {@code sitemap.xml} becomes a sitemap
 * index over {@code sitemap-1.xml}, {@code sitemap-2.xml}… And {@code robots.txt} pointing at it.
 * Needs a base URL: without one, nothing is written.
 */
public final class SitemapFiles implements OutputSet {
    /** The sitemap protocol's limit of addresses per file. */
    public static final int LIMIT = 50_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final List<OutputSet> pages;
    private final int limit;

    /** @param pages the output sets whose {@code .html} files are listed */
    public SitemapFiles(List<OutputSet> pages) {
        this(pages, LIMIT);
    }

    SitemapFiles(List<OutputSet> pages, int limit) {
        this.pages = List.copyOf(pages);
        this.limit = limit;
    }

    @Override
    public List<RenderTask> tasks(SiteContext site) {
        return tasks(site, set -> set.tasks(site));
    }

    @Override
    public boolean listsOthers() {
        return true;
    }

    @Override
    public List<RenderTask> tasks(SiteContext site, java.util.function.Function<OutputSet, List<RenderTask>> listed) {
        List<RenderTask> tasks = new ArrayList<>();
        String base = site.config().baseUrl();
        if (base == null) {
            return tasks;
        }
        Set<String> notFound = new TreeSet<>();
        site.config().languages().forEach(l -> notFound.add(site.links().notFound(l)));
        TreeSet<String> paths = new TreeSet<>();
        for (OutputSet set : pages) {
            for (RenderTask t : listed.apply(set)) {
                if (t.path().endsWith(".html") && !notFound.contains(t.path())) {
                    paths.add(t.path());
                }
            }
        }
        List<String> all = List.copyOf(paths);
        String key = site.key("sitemap", site.index().digest(), String.join("\n", all));
        if (all.size() <= limit) {
            tasks.add(new RenderTask(site.links().sitemap(), () -> urlset(site, all, paths)).keyed(key));
        } else {
            List<List<String>> parts = Paginated.split(all, limit);
            for (int i = 0; i < parts.size(); i++) {
                List<String> part = parts.get(i);
                tasks.add(new RenderTask(part(site, i + 1), () -> urlset(site, part, paths)).keyed(key));
            }
            tasks.add(new RenderTask(site.links().sitemap(), () -> index(site, parts.size())).keyed(key));
        }
        tasks.add(new RenderTask("robots.txt", () -> StaticFiles.utf8("User-agent: *\nAllow: /\n\nSitemap: "
                + Permalinks.absolute(base, site.links().sitemap()) + "\n")));
        return tasks;
    }

    private static String part(SiteContext site, int n) {
        String s = site.links().sitemap();
        return s.substring(0, s.lastIndexOf('.')) + "-" + n + ".xml";
    }

    private static byte[] urlset(SiteContext site, List<String> paths, Set<String> all) {
        String base = site.config().baseUrl();
        List<String> langs = site.config().languages();
        String original = site.config().originalLanguage();
        XmlOutput x = new XmlOutput();
        x.open("urlset").namespace("", NS).namespace("xhtml", XHTML);
        for (String path : paths) {
            x.open("url");
            x.text("loc", Permalinks.absolute(base, path));
            Map<String, String> versions = versions(site, path, all);
            if (versions.size() > 1) {
                for (String lang : langs) {
                    String v = versions.get(lang);
                    if (v != null) {
                        x.empty("xhtml:link", "rel", "alternate", "hreflang", lang, "href", Permalinks.absolute(base, v));
                    }
                }
                if (versions.containsKey(original)) {
                    x.empty("xhtml:link", "rel", "alternate", "hreflang", "x-default",
                            "href", Permalinks.absolute(base, versions.get(original)));
                }
            }
            x.close();
        }
        x.close();
        return x.finish();
    }

    /** The same page in each interface language that has it, by language. */
    private static Map<String, String> versions(SiteContext site, String path, Set<String> all) {
        Map<String, String> out = new TreeMap<>();
        for (String lang : site.config().languages()) {
            String candidate = site.links().inLanguage(path, lang);
            if (all.contains(candidate)) {
                out.put(lang, candidate);
            }
        }
        return out;
    }

    private static byte[] index(SiteContext site, int parts) {
        XmlOutput x = new XmlOutput();
        x.open("sitemapindex").namespace("", NS);
        for (int i = 1; i <= parts; i++) {
            x.open("sitemap").text("loc", Permalinks.absolute(site.config().baseUrl(), part(site, i))).close();
        }
        x.close();
        return x.finish();
    }
}
