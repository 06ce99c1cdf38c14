package org.pressarchive.render;

import java.util.List;

/**
 * {@code data/communiques.json}: every release's parse model in one JSON array, in the site's
 * order (newest first, then by id), for researchers. Streamed: it is as large as the corpus.
 */
public final class DataFiles implements OutputSet {
    @Override
    public List<RenderTask> tasks(SiteContext site) {
        return List.of(RenderTask.streamed(site.links().allReleasesJson(),
                out -> site.json().writeAll(() -> site.index().releases().stream().map(site.index()::full).iterator(), out)));
    }
}
