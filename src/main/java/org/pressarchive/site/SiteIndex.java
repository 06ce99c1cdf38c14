package org.pressarchive.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.pressarchive.model.Release;

/**
 * The releases of the site, sorted and indexed once; immutable. Releases run newest first
 * (date descending, undated last, then id), which is the order of every list on the site.
 */
public final class SiteIndex {
    /** Newest first; undated releases last; ties broken by id. */
    public static final Comparator<Release> NEWEST_FIRST = Comparator
            .comparing(Release::date, Comparator.nullsFirst(Comparator.<java.time.LocalDate>naturalOrder())).reversed()
            .thenComparing(Release::id);

    private final List<Release> releases;
    private final Map<String, Integer> positions;

    private SiteIndex(List<Release> releases) {
        this.releases = List.copyOf(releases);
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < this.releases.size(); i++) {
            pos.put(this.releases.get(i).id(), i);
        }
        this.positions = Map.copyOf(pos);
    }

    public static SiteIndex of(List<Release> releases) {
        List<Release> sorted = new ArrayList<>(releases);
        sorted.sort(NEWEST_FIRST);
        return new SiteIndex(sorted);
    }

    /** Every release, newest first. */
    public List<Release> releases() {
        return releases;
    }

    public Optional<Release> byId(String id) {
        Integer i = positions.get(id);
        return i == null ? Optional.empty() : Optional.of(releases.get(i));
    }

    /** The next newer release, if any. */
    public Optional<Release> newer(Release r) {
        int i = positions.get(r.id());
        return i > 0 ? Optional.of(releases.get(i - 1)) : Optional.empty();
    }

    /** The next older release, if any. */
    public Optional<Release> older(Release r) {
        int i = positions.get(r.id());
        return i + 1 < releases.size() ? Optional.of(releases.get(i + 1)) : Optional.empty();
    }
}
