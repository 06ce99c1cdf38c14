package org.pressarchive.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.pressarchive.render.OutputSet;
import org.pressarchive.render.Pages;
import org.pressarchive.render.RenderTask;
import org.pressarchive.render.SiteContext;
import org.pressarchive.site.Permalinks;

/**
 * The search page of each interface language ({@code recherche.html}, {@code en/search.html}):
 * the form, the no-JavaScript message and the scripts that load the index of {@link SearchOutputs}.
 */
public final class SearchPages implements OutputSet {
    @Override
    public List<RenderTask> tasks(SiteContext site) {
        List<RenderTask> tasks = new ArrayList<>();
        for (String lang : site.config().languages()) {
            String page = site.links().search(lang);
            String indexDir = Permalinks.relative(page, site.links().searchIndex(lang, "meta.js"));
            Map<String, Object> vars = Map.of(
                    "indexDir", indexDir.substring(0, indexDir.length() - "meta.js".length()),
                    "script", Permalinks.relative(page, site.links().script("search.js")),
                    "archives", Permalinks.relative(page, site.links().archives(lang)));
            tasks.add(new RenderTask(page, () -> Pages.render(site, "search.html",
                    Pages.chrome(site, lang, page, site.messages().require(lang, "search.title"),
                            site.links()::search), vars)));
        }
        return tasks;
    }
}
