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
            for (String lang : site.config().languages()) {
                String path = site.links().release(lang, head.id());
                tasks.add(new RenderTask(path, () -> {
                    Release r = site.index().full(head);
                    return Pages.render(site, "release.html",
                            Pages.chrome(site, lang, path, r.title(), l -> site.links().release(l, r.id()))
                                    .withDescription(description(r))
                                    .withMetadata("article", StructuredData.article(site, r, path)),
                            Map.of("release", ReleaseViews.view(site, r, lang)));
                }));
            }
            tasks.add(new RenderTask(site.links().releaseJson(head.id()), () -> {
                Release r = site.index().full(head);
                return site.templates().memoized("release-json", r, () -> site.json().write(r, true));
            }));
        }
        return tasks;
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
