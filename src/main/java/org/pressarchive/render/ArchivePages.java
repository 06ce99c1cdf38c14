package org.pressarchive.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.pressarchive.render.view.DirectoryView;
import org.pressarchive.render.view.Entry;
import org.pressarchive.render.view.EntryGroup;
import org.pressarchive.render.view.Link;
import org.pressarchive.render.view.ReleaseListView;
import org.pressarchive.site.DateArchive;
import org.pressarchive.site.Permalinks;

/** The date archives: {@code archives/index.html} (years), {@code archives/<yyyy>.html} (months), {@code archives/<yyyy>-<mm>.html}. */
public final class ArchivePages implements OutputSet {
    @Override
    public List<RenderTask> tasks(SiteContext site) {
        List<RenderTask> tasks = new ArrayList<>();
        DateArchive archive = site.index().dates();
        for (String lang : site.config().languages()) {
            String all = site.key("archives", site.index().listingDigest());
            tasks.addAll(Paginated.tasks(lang, site.links()::archives, archive.years(), all, (path, pathIn, years, pager) -> {
                List<Entry> entries = years.stream().map(y -> new Entry(String.valueOf(y.year()),
                        Permalinks.relative(path, site.links().year(lang, y.year())),
                        Pages.count(site, lang, "count.releases", y.count()), null)).toList();
                String title = site.messages().require(lang, "archives.title");
                return Pages.render(site, "directory.html", Pages.chrome(site, lang, path, title, pathIn),
                        Map.of("page", new DirectoryView(title,
                                Pages.count(site, lang, "count.years", archive.years().size()), null, List.of(),
                                List.of(new EntryGroup(null, null, entries)), pager)));
            }));
            for (DateArchive.Year year : archive.years()) {
                Function<String, String> yearIn = l -> site.links().year(l, year.year());
                String yearKey = site.key("archive-year", year.year(), all, site.index().listingDigest(
                        year.months().stream().flatMap(m -> m.releases().stream()).toList()));
                tasks.addAll(Paginated.tasks(lang, yearIn, year.months(), yearKey, (path, pathIn, months, pager) -> {
                    List<Entry> entries = months.stream().map(m -> new Entry(monthName(m, lang),
                            Permalinks.relative(path, site.links().month(lang, m.year(), m.month())),
                            Pages.count(site, lang, "count.releases", m.releases().size()), null)).toList();
                    String title = String.valueOf(year.year());
                    return Pages.render(site, "directory.html", Pages.chrome(site, lang, path, title, pathIn),
                            Map.of("page", new DirectoryView(title, Pages.count(site, lang, "count.releases", year.count()),
                                    new Link(site.messages().require(lang, "archives.title"),
                                            Permalinks.relative(path, site.links().archives(lang))),
                                    List.of(), List.of(new EntryGroup(null, null, entries)), pager)));
                }));
                for (DateArchive.Month month : year.months()) {
                    Function<String, String> monthIn = l -> site.links().month(l, month.year(), month.month());
                    tasks.addAll(Paginated.tasks(site, lang, monthIn, month.releases(),
                            site.key("archive-month", month.year(), month.month()), r -> r, "",
                            (path, pathIn, releases, pager) -> {
                        String title = monthName(month, lang);
                        return Pages.render(site, "releases.html", Pages.chrome(site, lang, path, title, pathIn),
                                Map.of("page", new ReleaseListView(title,
                                        Pages.count(site, lang, "count.releases", month.releases().size()),
                                        new Link(String.valueOf(month.year()),
                                                Permalinks.relative(path, site.links().year(lang, month.year()))),
                                        releases.stream().map(r -> Pages.summary(site, r, lang, path)).toList(), pager)));
                    }));
                }
            }
        }
        return tasks;
    }

    /** {@code Octobre 2025} / {@code October 2025}. */
    static String monthName(DateArchive.Month m, String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        String s = DateTimeFormatter.ofPattern("LLLL uuuu", locale).format(LocalDate.of(m.year(), m.month(), 1));
        return s.substring(0, 1).toUpperCase(locale) + s.substring(1);
    }
}
