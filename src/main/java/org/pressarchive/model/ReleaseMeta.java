package org.pressarchive.model;

import java.util.List;

/**
 * Release metadata outside the JSON parse model.
 *
 * @param sourceUrl     address of the original publication ({@code source} in front matter), or null
 * @param tags          tags from front matter
 * @param translationOf name of the original this file translates, or null for an original
 * @param sha256        hex digest of the input bytes (for incremental builds and citations)
 */
public record ReleaseMeta(String sourceUrl, List<String> tags, String translationOf, String sha256) {
    public ReleaseMeta {
        tags = List.copyOf(tags);
    }

}
