package org.pressarchive.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pressarchive.model.Release;

/** One page per release and interface language, plus the release's parse model as JSON. */
public final class ReleasePages implements OutputSet {
    @Override
    public List<RenderTask> tasks(SiteContext site) {
        List<RenderTask> tasks = new ArrayList<>();
        for (Release head : site.index().releases()) {
            String neighbours = neighbours(site, head);
            for (String lang : site.config().languages()) {
                String path = site.links().release(lang, head.id());
                String key = site.key("release.html", lang, site.index().version(head), neighbours);
                tasks.add(new RenderTask(path, () -> {
                    Release r = site.index().full(head);
                    return Pages.render(site, "release.html",
                            Pages.chrome(site, lang, path, r.title(), l -> site.links().release(l, r.id()))
                                    .withDescription(description(r))
                                    .withMetadata("article", StructuredData.article(site, r, path)),
                            Map.of("release", ReleaseViews.view(site, r, lang)));
                }).keyed(key));
            }
            String key = site.key("release.json", site.index().version(head));
            tasks.add(new RenderTask(site.links().releaseJson(head.id()), () -> {
                Release r = site.index().full(head);
                return site.templates().memoized("release-json", r, () -> site.json().write(r, false));
            }).keyed(key));
        }
        return tasks;
    }

    /**
     * What a release page shows of other releases and of the site's indexes: its neighbours' ids
     * and titles, which of its participants and countries have a page, its translations.
     */
    private static String neighbours(SiteContext site, Release r) {
        StringBuilder sb = new StringBuilder();
        site.index().newer(r).ifPresent(n -> sb.append("newer\0").append(n.id()).append('\0').append(n.title()));
        site.index().older(r).ifPresent(o -> sb.append("\0older\0").append(o.id()).append('\0').append(o.title()));
        for (var p : r.participants()) {
            sb.append("\0p\0").append(site.index().speakers().byId(p.id()).isPresent())
                    .append('\0').append(site.index().countries().byName(p.country()).map(c -> c.slug()).orElse(""));
        }
        for (String lang : site.config().languages()) {
            site.translations().translation(r.id(), lang).ifPresent(t ->
                    sb.append("\0t\0").append(lang).append('\0').append(RenderMemo.digest(
                            t.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        }
        return sb.toString();
    }

    /** The page description: the start of the first paragraph after the title, cut at a word. */
    static String description(Release r) {
        String text = r.paragraphs().stream().map(p -> p.text().strip()).filter(t -> !t.equals(r.title().strip()))
                .findFirst().orElse(r.title()).strip();
        if (text.length() <= 200) {
            return text;
        }
        int cut = text.lastIndexOf(' ', 200);
        return text.substring(0, cut > 100 ? cut : 200) + "…";
    }
}
