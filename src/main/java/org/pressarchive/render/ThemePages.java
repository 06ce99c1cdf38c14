package org.pressarchive.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pressarchive.render.view.DirectoryView;
import org.pressarchive.render.view.Entry;
import org.pressarchive.render.view.EntryGroup;
import org.pressarchive.render.view.Link;
import org.pressarchive.render.view.MentionView;
import org.pressarchive.render.view.ThemeView;
import org.pressarchive.site.Permalinks;
import org.pressarchive.site.ThemeIndex;

/** {@code themes/index.html} and one page per organisation or initiative: the releases and paragraphs naming it. */
public final class ThemePages implements OutputSet {
    @Override
    public List<RenderTask> tasks(SiteContext site) {
        List<RenderTask> tasks = new ArrayList<>();
        ThemeIndex index = site.index().themes();
        for (String lang : site.config().languages()) {
            tasks.addAll(Paginated.tasks(lang, site.links()::themes, index.themes(),
                    site.key("themes", index.vocabulary().digest(), site.index().listingDigest()), (path, pathIn, themes, pager) -> {
                List<EntryGroup> groups = Directories.byInitial(themes, ThemeIndex.Theme::name, t -> new Entry(t.name(),
                        Permalinks.relative(path, site.links().theme(lang, t.slug())),
                        Pages.count(site, lang, "count.releases", t.mentions().size()), t.acronym()));
                String title = site.messages().require(lang, "themes.title");
                return Pages.render(site, "directory.html", Pages.chrome(site, lang, path, title, pathIn),
                        Map.of("page", new DirectoryView(title, Pages.count(site, lang, "count.themes", index.themes().size()),
                                null, Directories.jumps(groups), groups, pager)));
            }));
            for (ThemeIndex.Theme t : index.themes()) {
                String base = site.key("theme", t.slug(), t.name(), t.acronym() == null ? "" : t.acronym(),
                        t.mentions().stream().mapToInt(m -> m.paragraphs().size()).sum());
                tasks.addAll(Paginated.tasks(site, lang, l -> site.links().theme(l, t.slug()), t.mentions(), base,
                        ThemeIndex.Mention::release, "",
                        (path, pathIn, mentions, pager) -> {
                            List<MentionView> views = new ArrayList<>();
                            for (ThemeIndex.Mention m : mentions) {
                                String release = Permalinks.relative(path, site.links().release(lang, m.release().id()));
                                List<Link> paragraphs = m.paragraphs().stream().map(p -> new Link(
                                        site.messages().require(lang, "speaker.place", p.index() + 1),
                                        release + "#" + p.id())).toList();
                                views.add(new MentionView(Pages.summary(site, m.release(), lang, path), paragraphs));
                            }
                            int paragraphCount = t.mentions().stream().mapToInt(m -> m.paragraphs().size()).sum();
                            String summary = Pages.count(site, lang, "count.releases", t.mentions().size()) + " · "
                                    + Pages.count(site, lang, "count.paragraphs", paragraphCount);
                            return Pages.render(site, "theme.html", Pages.chrome(site, lang, path, t.name(), pathIn),
                                    Map.of("theme", new ThemeView(t.name(), t.acronym(), summary, views, pager)));
                        }));
            }
        }
        return tasks;
    }
}
