package org.pressarchive.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The home page of each interface language: the releases, newest first. */
public final class HomePages implements OutputSet {
    @Override
    public List<RenderTask> tasks(SiteContext site) {
        List<RenderTask> tasks = new ArrayList<>();
        for (String lang : site.config().languages()) {
            String path = site.links().home(lang);
            tasks.add(new RenderTask(path, () -> Pages.render(site, "index.html",
                    Pages.chrome(site, lang, path, null, site.links()::home),
                    Map.of("releases", site.index().releases().stream()
                            .map(r -> Pages.summary(site, r, lang, path)).toList()))));
        }
        return tasks;
    }
}
