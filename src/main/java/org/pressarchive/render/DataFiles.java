package org.pressarchive.render;

import java.util.List;

/**
 * {@code data/communiques.json}: every release's parse model in one JSON array, in the site's
 * order (newest first, then by id), for researchers.
 */
public final class DataFiles implements OutputSet {
    @Override
    public List<RenderTask> tasks(SiteContext site) {
        return List.of(new RenderTask(site.links().allReleasesJson(),
                () -> site.json().writeAll(site.index().releases(), false)));
    }
}
