package org.pressarchive.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;

import org.pressarchive.model.Release;

import org.pressarchive.render.OutputSet;
import org.pressarchive.render.RenderTask;
import org.pressarchive.render.SiteContext;
import org.pressarchive.site.Permalinks;

/**
 * The full-text search index of each interface language, under {@code search/<lang>/}; the page
 * that queries it is {@link SearchPages}, the query engine ({@code assets/search.js}) a theme
 * asset. The postings of each language's index are made here, when the tasks are listed (they
 * tell the files' names); each file's bytes are made by its task, when the file is written.
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
            List<String> href = hrefPattern(site, lang, page);
            Map<String, String> versions = versions(site, lang);
            List<RenderTask> updated = versions == null || site.previous() == null ? null
                    : update(site, builder, lang, href, versions);
            if (updated != null) {
                tasks.addAll(updated);
            } else {
                // Texts are read while the postings are made, a batch at a time, and again by the
                // tasks of the document files: the index keeps only its compact postings.
                List<Release> releases = site.index().releases();
                List<SearchDocument> heads = new ArrayList<>(releases.size());
                for (Release head : releases) {
                    heads.add(SearchCorpus.head(head, site.translations(), lang));
                }
                IntFunction<SearchDocument> full = d -> SearchCorpus.document(releases.get(d), site.index()::full,
                        site.translations(), lang);
                for (IndexFile f : builder.build(lang, heads, full, d -> null, href)) {
                    tasks.add(new RenderTask(site.links().searchIndex(lang, f.name()), f.content()));
                }
            }
            if (versions != null && site.previous() != null) {
                site.previous().record("search-" + lang, versions);
            }
        }
        return tasks;
    }

    /**
     * What each document of the index depends on, in index order, after the build's salt; null
     * when a release's version is unknown.
     */
    private static Map<String, String> versions(SiteContext site, String lang) {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("#salt", String.valueOf(site.salt()));
        for (Release r : site.index().releases()) {
            String v = site.index().version(r);
            if (v == null) {
                return null;
            }
            versions.put(r.id(), v);
        }
        return versions;
    }

    /**
     * The index updated from the previous build's files when only the texts of some releases
     * changed (same releases, same order, same salt): the changed releases are read and analysed,
     * every other file is kept. Null when the previous build cannot be updated.
     */
    private static List<RenderTask> update(SiteContext site, SearchIndexBuilder builder, String lang, List<String> href,
                                           Map<String, String> versions) {
        Map<String, String> before = site.previous().versions("search-" + lang);
        if (!new ArrayList<>(before.keySet()).equals(new ArrayList<>(versions.keySet()))) {
            return null;
        }
        if (!before.get("#salt").equals(versions.get("#salt"))) {
            return null;
        }
        List<Release> releases = site.index().releases();
        Set<Integer> changed = new TreeSet<>();
        for (int i = 0; i < releases.size(); i++) {
            String id = releases.get(i).id();
            if (!versions.get(id).equals(before.get(id))) {
                changed.add(i);
            }
        }
        // Unchanged documents only give their metadata (filters, order): their text is not read.
        List<SearchDocument> docs = new ArrayList<>(releases.size());
        for (int i = 0; i < releases.size(); i++) {
            Release head = releases.get(i);
            docs.add(SearchCorpus.document(head, changed.contains(i) ? site.index()::full : r -> r,
                    site.translations(), lang));
        }
        String folder = site.links().searchIndex(lang, "");
        Optional<IndexUpdate> update = builder.update(lang, docs, Map.of(), changed, href,
                name -> site.previous().file(folder + name));
        if (update.isEmpty()) {
            return null;
        }
        List<RenderTask> tasks = new ArrayList<>();
        for (String path : site.previous().files(folder)) {
            String name = path.substring(folder.length());
            byte[] bytes = update.get().write().get(name);
            if (bytes == null && !update.get().delete().contains(name)) {
                tasks.add(RenderTask.unchanged(path));
            }
        }
        update.get().write().forEach((name, bytes) -> tasks.add(new RenderTask(folder + name, () -> bytes)));
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
