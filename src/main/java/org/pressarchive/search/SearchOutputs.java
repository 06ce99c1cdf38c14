package org.pressarchive.search;

import java.util.ArrayList;
import java.util.List;

import org.pressarchive.render.OutputSet;
import org.pressarchive.render.RenderTask;
import org.pressarchive.render.SiteContext;
import org.pressarchive.site.Permalinks;

/**
 * The full-text search index of each interface language, under {@code search/<lang>/}; the page
 * that queries it is {@link SearchPages}, the query engine ({@code assets/search.js}) a theme
 * asset. The index is built here, once per language, when the tasks are listed; its files are
 * plain bytes afterwards.
 */
public final class SearchOutputs implements OutputSet {
    /** Marks where the release id goes in a link pattern. */
    private static final String ID_SLOT = "\u0000";

    @Override
    public List<RenderTask> tasks(SiteContext site) {
        FrenchAnalysis analysis = new FrenchAnalysis();
        SearchIndexBuilder builder = new SearchIndexBuilder(analysis);
        List<RenderTask> tasks = new ArrayList<>();
        for (String lang : site.config().languages()) {
            String page = site.links().search(lang);
            List<SearchDocument> docs = SearchCorpus.documents(site.index().releases(), site.index()::full, site.translations(), lang);
            for (IndexFile f : builder.build(lang, docs, hrefPattern(site, lang, page))) {
                tasks.add(new RenderTask(site.links().searchIndex(lang, f.name()), f.content()));
            }
        }
        return tasks;
    }

    /**
     * The link from language {@code lang}'s search page to a release page, split around the release
     * id: the {@code hrefPattern} argument of {@link SearchIndexBuilder}'s methods.
     */
    public static List<String> hrefPattern(SiteContext site, String lang) {
        return hrefPattern(site, lang, site.links().search(lang));
    }

    static List<String> hrefPattern(SiteContext site, String lang, String page) {
        String href = Permalinks.relative(page, site.links().release(lang, ID_SLOT));
        int at = href.indexOf(ID_SLOT);
        return List.of(href.substring(0, at), href.substring(at + 1));
    }
}
