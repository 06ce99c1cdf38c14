package org.pressarchive.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.pressarchive.render.view.Pager;
import org.pressarchive.site.Permalinks;

/**
 * Lists longer than {@link #PAGE_SIZE} entries are cut into pages {@code x.html}, {@code x-2.html}…
 * each linking to its neighbours.
 */
final class Paginated {
    static final int PAGE_SIZE = 100;

    private Paginated() {
    }

    /** Renders one page of a list. */
    interface Body<T> {
        /**
         * @param path   the page's root-relative path
         * @param pathIn the same page in any interface language
         */
        byte[] render(String path, Function<String, String> pathIn, List<T> slice, Pager pager);
    }

    /** The pages of {@code items} (at least one, even when empty), each of at most {@link #PAGE_SIZE}. */
    static <T> List<List<T>> split(List<T> items, int size) {
        List<List<T>> pages = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            pages.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        if (pages.isEmpty()) {
            pages.add(List.of());
        }
        return pages;
    }

    /** One task per page of {@code items} in {@code lang}; {@code firstPageIn} gives the first page's path per language. */
    static <T> List<RenderTask> tasks(String lang, Function<String, String> firstPageIn, List<T> items, Body<T> body) {
        return tasks(lang, firstPageIn, items, null, body);
    }

    /**
     * The pages of a list of items that each show one release, keyed page by page (see
     * {@link RenderTask#key()}): a page depends on {@code base} (what every page shows besides its
     * items: names, counts…), its position, and the versions of its own items' releases; the
     * first page also on {@code firstPage} (what only it shows). So one edited release renders
     * again the page that lists it, not the whole list.
     */
    static <T> List<RenderTask> tasks(SiteContext site, String lang, Function<String, String> firstPageIn,
                                      List<T> items, String base, Function<T, org.pressarchive.model.Release> releaseOf,
                                      String firstPage, Body<T> body) {
        List<RenderTask> tasks = tasks(lang, firstPageIn, items, null, body);
        List<List<T>> pages = split(items, PAGE_SIZE);
        List<RenderTask> keyed = new ArrayList<>(tasks.size());
        for (int i = 0; i < tasks.size(); i++) {
            String slice = site.index().listingDigest(pages.get(i).stream().map(releaseOf).toList());
            keyed.add(tasks.get(i).keyed(site.key(base, lang, i + 1, pages.size(), items.size(), slice,
                    i == 0 ? firstPage : "")));
        }
        return keyed;
    }

    /**
     * The same, keyed: {@code key} is a digest of everything the list's pages depend on (see
     * {@link RenderTask#key()}), or null.
     */
    static <T> List<RenderTask> tasks(String lang, Function<String, String> firstPageIn, List<T> items, String key,
                                      Body<T> body) {
        List<List<T>> pages = split(items, PAGE_SIZE);
        List<RenderTask> tasks = new ArrayList<>();
        String first = firstPageIn.apply(lang);
        for (int i = 0; i < pages.size(); i++) {
            int n = i + 1;
            String path = Permalinks.paged(first, n);
            String previous = n > 1 ? Permalinks.relative(path, Permalinks.paged(first, n - 1)) : null;
            String next = n < pages.size() ? Permalinks.relative(path, Permalinks.paged(first, n + 1)) : null;
            Pager pager = new Pager(n, pages.size(), previous, next);
            List<T> slice = pages.get(i);
            Function<String, String> pathIn = l -> Permalinks.paged(firstPageIn.apply(l), n);
            tasks.add(new RenderTask(path, () -> body.render(path, pathIn, slice, pager))
                    .keyed(key == null ? null : key + "/" + lang + "/" + n + "/" + pages.size()));
        }
        return tasks;
    }
}
