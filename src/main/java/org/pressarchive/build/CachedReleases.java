package org.pressarchive.build;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.pressarchive.model.Release;
import org.pressarchive.site.ReleaseStore;

/**
 * The build's {@link ReleaseStore}: each release's parse model stays in the parse cache, where
 * reading or parsing it put it, and is decoded again whenever a page needs its text; the build
 * holds only heads and {@link Facts}. A release whose model could not be written to the cache
 * (a read-only disk) is kept in memory instead, so the build still succeeds, just larger.
 */
final class CachedReleases implements ReleaseStore {
    /** Where one release's model is: its cache key, or the model itself; and its facts. */
    private record Slot(String key, Release inMemory, Facts facts, String id) {
    }

    private final ParseCache cache;
    private final Map<String, Slot> byId = new ConcurrentHashMap<>();

    CachedReleases(ParseCache cache) {
        this.cache = cache;
    }

    /**
     * Registers a release under its final id (which may differ from the parsed one when ids
     * collide).
     *
     * @param key    its parse cache key
     * @param stored whether the cache holds it under that key
     */
    void add(String id, String key, boolean stored, Release full, Facts facts) {
        byId.put(id, new Slot(key, stored ? null : full, facts, id));
    }

    @Override
    public Release full(Release head) {
        Slot slot = slot(head);
        Release r = slot.inMemory();
        if (r == null) {
            r = cache.get(slot.key()).map(ParseCache.Entry::release).orElseThrow(() -> new UncheckedIOException(
                    new java.io.IOException("the build cache lost the parsed text of " + head.source()
                            + " during the build (was the cache folder deleted?): build again")));
        }
        return r.id().equals(slot.id()) ? r : new Release(slot.id(), r.source(), r.lang(), r.date(), r.location(),
                r.title(), r.participants(), r.paragraphs(), r.warnings(), r.meta());
    }

    @Override
    public String version(Release head) {
        Slot slot = slot(head);
        return slot.key() + "/" + slot.id();
    }

    @Override
    public Facts facts(Release head) {
        return slot(head).facts();
    }

    private Slot slot(Release head) {
        Slot slot = byId.get(head.id());
        if (slot == null) {
            throw new IllegalArgumentException("no release " + head.id() + " in this build");
        }
        return slot;
    }
}
