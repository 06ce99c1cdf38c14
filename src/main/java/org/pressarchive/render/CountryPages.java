package org.pressarchive.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pressarchive.model.Participant;
import org.pressarchive.render.view.CountryView;
import org.pressarchive.render.view.DirectoryView;
import org.pressarchive.render.view.Entry;
import org.pressarchive.render.view.EntryGroup;
import org.pressarchive.render.view.ParticipantView;
import org.pressarchive.site.CountryIndex;
import org.pressarchive.site.Permalinks;

/** {@code pays/index.html} and one page per country: its participants and the releases involving it. */
public final class CountryPages implements OutputSet {
    @Override
    public List<RenderTask> tasks(SiteContext site) {
        List<RenderTask> tasks = new ArrayList<>();
        CountryIndex index = site.index().countries();
        for (String lang : site.config().languages()) {
            tasks.addAll(Paginated.tasks(lang, site.links()::countries, index.countries(),
                    site.key("countries", site.index().listingDigest()), (path, pathIn, countries, pager) -> {
                List<EntryGroup> groups = Directories.byInitial(countries, CountryIndex.Country::name, c -> new Entry(c.name(),
                        Permalinks.relative(path, site.links().country(lang, c.slug())),
                        Pages.count(site, lang, "count.releases", c.releases().size()) + " · "
                                + Pages.count(site, lang, "count.participants", c.participants().size()),
                        null));
                String title = site.messages().require(lang, "countries.title");
                return Pages.render(site, "directory.html", Pages.chrome(site, lang, path, title, pathIn),
                        Map.of("page", new DirectoryView(title, Pages.count(site, lang, "count.countries", index.countries().size()),
                                null, Directories.jumps(groups), groups, pager)));
            }));
            for (CountryIndex.Country c : index.countries()) {
                // The first page lists the country's participants, which any of its releases may change.
                tasks.addAll(Paginated.tasks(site, lang, l -> site.links().country(l, c.slug()), c.releases(),
                        site.key("country", c.slug(), c.name(), c.participants().size()), r -> r,
                        site.index().listingDigest(c.releases()),
                        (path, pathIn, releases, pager) -> {
                            List<ParticipantView> people = new ArrayList<>();
                            if (pager.number() == 1) {
                                for (Participant p : c.participants()) {
                                    people.add(new ParticipantView(p.id(), p.name(), p.role(), p.country(),
                                            Permalinks.relative(path, site.links().speaker(lang, p.id())), null,
                                            ReleaseViews.colour(p.id())));
                                }
                            }
                            String summary = Pages.count(site, lang, "count.releases", c.releases().size()) + " · "
                                    + Pages.count(site, lang, "count.participants", c.participants().size());
                            return Pages.render(site, "country.html", Pages.chrome(site, lang, path, c.name(), pathIn),
                                    Map.of("country", new CountryView(c.name(), summary, people,
                                            releases.stream().map(r -> Pages.summary(site, r, lang, path)).toList(), pager)));
                        }));
            }
        }
        return tasks;
    }
}
