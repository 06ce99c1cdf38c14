package org.pressarchive.render;

import java.util.List;

import org.pressarchive.model.Release;

/**
 * {@code data/communiques.json}: every release's parse model in one JSON array, in the site's
 * order (newest first, then by id), for researchers. Streamed: it is as large as the corpus.
 */
public final class DataFiles implements OutputSet {
    @Override
    public List<RenderTask> tasks(SiteContext site) {
        StringBuilder versions = new StringBuilder();
        for (Release r : site.index().releases()) {
            String v = site.index().version(r);
            if (v == null) {
                versions = null;
                break;
            }
            versions.append(v).append('\n');
        }
        String key = versions == null ? null : site.key("communiques.json", versions);
        return List.of(RenderTask.assembled(site.links().allReleasesJson(), (out, built) -> {
            // Each release's JSON file holds its model compact, ending with a newline: the array
            // of all of them is those files' bytes, joined with commas (see ReleasePages).
            out.write('[');
            boolean first = true;
            for (Release r : site.index().releases()) {
                byte[] one = built.read(site.links().releaseJson(r.id()));
                if (!first) {
                    out.write(',');
                }
                first = false;
                out.write(one, 0, one.length - 1);
            }
            out.write(']');
            out.write('\n');
        }).keyed(key));
    }
}
