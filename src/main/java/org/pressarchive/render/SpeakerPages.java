package org.pressarchive.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.pressarchive.model.Participant;
import org.pressarchive.render.view.DirectoryView;
import org.pressarchive.render.view.EntryGroup;
import org.pressarchive.render.view.Entry;
import org.pressarchive.render.view.Link;
import org.pressarchive.render.view.SpeakerView;
import org.pressarchive.render.view.StatementView;
import org.pressarchive.site.Permalinks;
import org.pressarchive.site.SpeakerIndex;

/** {@code intervenants/index.html} (A–Z with counts and roles) and one page per speaker with every statement. */
public final class SpeakerPages implements OutputSet {
    @Override
    public List<RenderTask> tasks(SiteContext site) {
        List<RenderTask> tasks = new ArrayList<>();
        SpeakerIndex index = site.index().speakers();
        for (String lang : site.config().languages()) {
            tasks.addAll(Paginated.tasks(lang, site.links()::speakers, index.speakers(),
                    site.key("speakers", site.index().listingDigest()), (path, pathIn, speakers, pager) -> {
                List<EntryGroup> groups = Directories.byInitial(speakers, SpeakerIndex.Speaker::name, s -> new Entry(s.name(),
                        Permalinks.relative(path, site.links().speaker(lang, s.id())),
                        Pages.count(site, lang, "count.statements", s.statements().size()) + " · "
                                + Pages.count(site, lang, "count.releases", s.releases().size()),
                        detail(s)));
                String title = site.messages().require(lang, "speakers.title");
                return Pages.render(site, "directory.html", Pages.chrome(site, lang, path, title, pathIn),
                        Map.of("page", new DirectoryView(title, Pages.count(site, lang, "count.speakers", index.speakers().size()),
                                null, Directories.jumps(groups), groups, pager)));
            }));
            for (SpeakerIndex.Speaker s : index.speakers()) {
                // Every page shows the speaker's name, roles, country (and whether it has a page) and
                // counts; its statements, each from one release; the first page lists their releases.
                String base = site.key("speaker", s.id(), s.name(), s.roles(), s.country(),
                        site.index().countries().byName(s.country()).map(c -> c.slug()).orElse(""),
                        s.statements().size(), s.releases().size());
                tasks.addAll(Paginated.tasks(site, lang, l -> site.links().speaker(l, s.id()), s.statements(), base,
                        SpeakerIndex.Statement::release, site.index().listingDigest(s.releases()),
                        (path, pathIn, statements, pager) -> Pages.render(site, "speaker.html",
                                Pages.chrome(site, lang, path, s.name(), pathIn),
                                Map.of("speaker", view(site, lang, path, s, statements, pager)))));
            }
        }
        return tasks;
    }

    private static String detail(SpeakerIndex.Speaker s) {
        List<String> parts = new ArrayList<>(s.roles());
        if (s.country() != null) {
            parts.add(s.country());
        }
        return parts.isEmpty() ? null : String.join(" ; ", parts);
    }

    private static SpeakerView view(SiteContext site, String lang, String path, SpeakerIndex.Speaker s,
                                    List<SpeakerIndex.Statement> statements, org.pressarchive.render.view.Pager pager) {
        List<StatementView> views = new ArrayList<>();
        for (SpeakerIndex.Statement st : statements) {
            String release = Permalinks.relative(path, site.links().release(lang, st.release().id()));
            String jointWith = null;
            if (st.joint()) {
                Map<String, Participant> byId = new HashMap<>();
                st.release().participants().forEach(p -> byId.put(p.id(), p));
                List<String> others = st.said().speakers().stream().filter(id -> !id.equals(s.id())).toList();
                jointWith = site.messages().require(lang, "speaker.jointWith",
                        ReleaseViews.speakerLabel(site, lang, others, byId));
            }
            views.add(new StatementView(st.release().date() == null ? null : st.release().date().toString(),
                    st.release().date() == null ? site.messages().require(lang, "release.undated")
                            : Pages.longDate(st.release().date(), lang),
                    st.release().title(), release, release + "#" + st.anchor(),
                    site.messages().require(lang, "speaker.place", st.said().paragraphIndex() + 1), st.text(), jointWith,
                    st.release().lang()));
        }
        Link country = site.index().countries().byName(s.country())
                .map(c -> new Link(c.name(), Permalinks.relative(path, site.links().country(lang, c.slug()))))
                .orElse(null);
        String summary = Pages.count(site, lang, "count.statements", s.statements().size()) + " · "
                + Pages.count(site, lang, "count.releases", s.releases().size());
        List<org.pressarchive.render.view.ReleaseSummary> releases = pager.number() > 1 ? List.of()
                : s.releases().stream().map(r -> Pages.summary(site, r, lang, path)).toList();
        return new SpeakerView(s.id(), s.name(), s.roles(), country, summary, ReleaseViews.colour(s.id()), views,
                releases, pager);
    }
}
