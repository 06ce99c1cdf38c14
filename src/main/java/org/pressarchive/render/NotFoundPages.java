package org.pressarchive.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The 404 page of each language. Static hosts serve it from any depth, so its links cannot be
 * relative to its own folder: with a base URL they are absolute, without one relative to the root.
 */
public final class NotFoundPages implements OutputSet {
    @Override
    public List<RenderTask> tasks(SiteContext site) {
        List<RenderTask> tasks = new ArrayList<>();
        for (String lang : site.config().languages()) {
            String path = site.links().notFound(lang);
            tasks.add(new RenderTask(path, () -> Pages.render(site, "404.html",
                    Pages.chrome(site, lang, path, site.messages().require(lang, "notfound.title"),
                            site.links()::notFound), Map.of())));
        }
        return tasks;
    }
}
