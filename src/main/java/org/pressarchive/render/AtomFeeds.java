package org.pressarchive.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.pressarchive.model.Release;
import org.pressarchive.site.Permalinks;

/**
 * {@code feed.xml} of each interface language (Atom 1.0): the newest {@link #SIZE} dated releases.
 * Ids are the absolute addresses of the release pages, which never change; {@code updated} is the
 * newest release date (never the clock). Needs a base URL: without one, nothing is written.
 */
public final class AtomFeeds implements OutputSet {
    static final int SIZE = 50;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Override
    public List<RenderTask> tasks(SiteContext site) {
        List<RenderTask> tasks = new ArrayList<>();
        if (site.config().baseUrl() == null) {
            return tasks;
        }
        for (String lang : site.config().languages()) {
            tasks.add(new RenderTask(site.links().feed(lang), () -> feed(site, lang))
                    .keyed(site.key("feed", lang, site.index().digest())));
        }
        return tasks;
    }

    private static byte[] feed(SiteContext site, String lang) {
        String base = site.config().baseUrl();
        List<Release> entries = site.index().releases().stream().filter(r -> r.date() != null).limit(SIZE).toList();
        LocalDate newest = entries.isEmpty() ? LocalDate.EPOCH : entries.get(0).date();
        String publisher = site.config().publisher().isEmpty() ? site.config().title() : site.config().publisher();
        XmlOutput x = new XmlOutput();
        x.open("feed", "xml:lang", lang).namespace("", ATOM);
        x.text("title", site.config().title());
        if (!site.config().description().isEmpty()) {
            x.text("subtitle", site.config().description());
        }
        x.text("id", Permalinks.absolute(base, site.links().feed(lang)));
        x.empty("link", "rel", "self", "type", "application/atom+xml", "href", Permalinks.absolute(base, site.links().feed(lang)));
        x.empty("link", "rel", "alternate", "type", "text/html", "hreflang", lang,
                "href", Permalinks.absolute(base, site.links().home(lang)));
        x.text("updated", timestamp(newest));
        x.open("author").text("name", publisher).close();
        x.text("generator", "press-archive");
        for (Release r : entries) {
            String url = Permalinks.absolute(base, site.links().release(lang, r.id()));
            x.open("entry");
            x.text("title", r.title());
            x.text("id", url);
            x.empty("link", "rel", "alternate", "type", "text/html", "href", url);
            x.text("published", timestamp(r.date()));
            x.text("updated", timestamp(r.date()));
            r.participants().forEach(p -> x.empty("category", "term", p.id(), "label", p.name(),
                    "scheme", Permalinks.absolute(base, site.links().speakers(lang))));
            x.text("summary", ReleasePages.description(site.index().full(r)), "xml:lang", r.lang());
            x.close();
        }
        x.close();
        return x.finish();
    }

    private static String timestamp(LocalDate d) {
        return d + "T00:00:00Z";
    }
}
