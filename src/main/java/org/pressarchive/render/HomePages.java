package org.pressarchive.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pressarchive.render.view.Entry;
import org.pressarchive.render.view.HomeView;
import org.pressarchive.render.view.Link;
import org.pressarchive.site.Permalinks;
import org.pressarchive.site.SiteIndex;

/** The home page of each interface language: the latest releases, counts linking to every index, the search box. */
public final class HomePages implements OutputSet {
    /** How many releases the home page lists; the archives list them all. */
    static final int LATEST = 20;

    @Override
    public List<RenderTask> tasks(SiteContext site) {
        List<RenderTask> tasks = new ArrayList<>();
        for (String lang : site.config().languages()) {
            String path = site.links().home(lang);
            tasks.add(new RenderTask(path, () -> Pages.render(site, "index.html",
                    Pages.chrome(site, lang, path, null, site.links()::home)
                            .withMetadata("website", StructuredData.website(site, lang, path)),
                    Map.of("home", view(site, lang, path)))).keyed(site.key("home", lang, site.index().listingDigest())));
        }
        return tasks;
    }

    private static HomeView view(SiteContext site, String lang, String path) {
        SiteIndex index = site.index();
        List<Entry> counts = List.of(
                new Entry(site.messages().require(lang, "nav.archives"), Permalinks.relative(path, site.links().archives(lang)),
                        Pages.count(site, lang, "count.releases", index.releases().size()),
                        Pages.count(site, lang, "count.years", index.dates().years().size())),
                new Entry(site.messages().require(lang, "nav.speakers"), Permalinks.relative(path, site.links().speakers(lang)),
                        Pages.count(site, lang, "count.speakers", index.speakers().speakers().size()), null),
                new Entry(site.messages().require(lang, "nav.countries"), Permalinks.relative(path, site.links().countries(lang)),
                        Pages.count(site, lang, "count.countries", index.countries().countries().size()), null),
                new Entry(site.messages().require(lang, "nav.themes"), Permalinks.relative(path, site.links().themes(lang)),
                        Pages.count(site, lang, "count.themes", index.themes().themes().size()), null));
        List<org.pressarchive.render.view.ReleaseSummary> latest = index.releases().stream().limit(LATEST)
                .map(r -> Pages.summary(site, r, lang, path)).toList();
        return new HomeView(latest, counts, Permalinks.relative(path, site.links().search(lang)),
                new Link(site.messages().require(lang, "home.all"), Permalinks.relative(path, site.links().archives(lang))));
    }
}
