package org.pressarchive.render;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pressarchive.render.view.Chrome;
import org.pressarchive.site.Permalinks;

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
            tasks.add(new RenderTask(path, () -> {
                Chrome chrome = Pages.chrome(site, lang, path, site.messages().require(lang, "notfound.title"),
                        site.links()::notFound);
                String base = site.config().baseUrl();
                if (base != null) {
                    URI page = URI.create(Permalinks.absolute(base, path));
                    chrome = chrome.withLinks(href -> page.resolve(href).toString());
                }
                return Pages.render(site, "404.html", chrome, Map.of());
            }));
        }
        return tasks;
    }
}
