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
 * Holds the derived indexes too: by date, speaker, country and theme. Its releases may be heads
 * without their paragraphs ({@link ReleaseStore}): {@link #full} gives the text.
 */
public final class SiteIndex {
    /** Newest first; undated releases last; ties broken by id. */
    public static final Comparator<Release> NEWEST_FIRST = Comparator
            .comparing(Release::date, Comparator.nullsFirst(Comparator.<java.time.LocalDate>naturalOrder())).reversed()
            .thenComparing(Release::id);

    private final List<Release> releases;
    private final Map<String, Integer> positions;
    private final DateArchive dates;
    private final SpeakerIndex speakers;
    private final CountryIndex countries;
    private final ThemeIndex themes;
    private final ReleaseStore store;

    private SiteIndex(List<Release> releases, ThemeCatalog catalog, ReleaseStore store) {
        this.releases = List.copyOf(releases);
        this.store = store;
        // The theme index (the largest) is built on another core while this thread builds the others.
        java.util.concurrent.CompletableFuture<ThemeIndex> themes = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
            ThemeIndex.Vocabulary vocabulary = ThemeIndex.vocabulary(this.releases, catalog, r -> store.facts(r).definitions());
            return ThemeIndex.of(this.releases, vocabulary, r -> store.themeHits(r, vocabulary));
        });
        this.dates = DateArchive.of(this.releases);
        this.speakers = SpeakerIndex.of(this.releases, r -> store.facts(r).statements());
        this.countries = CountryIndex.of(this.releases);
        try {
            this.themes = themes.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
        Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < this.releases.size(); i++) {
            pos.put(this.releases.get(i).id(), i);
        }
        this.positions = Map.copyOf(pos);
        // Listing versions are digests of what lists show of each release: made on all cores.
        byte[][] listing = new byte[this.releases.size()][];
        java.util.stream.IntStream.range(0, listing.length).parallel()
                .forEach(i -> listing[i] = listingBytes(this.releases.get(i)));
        Map<String, byte[]> bytes = new HashMap<>();
        Map<String, byte[]> listed = new HashMap<>();
        for (int i = 0; i < listing.length; i++) {
            Release r = this.releases.get(i);
            bytes.put(r.id(), versionBytes(r));
            listed.put(r.id(), listing[i]);
        }
        this.versionBytes = bytes;
        this.listingBytes = listed;
    }

    /** @param releases releases with their text */
    public static SiteIndex of(List<Release> releases) {
        return of(releases, ThemeCatalog.standard(), ReleaseStore.IN_MEMORY);
    }

    /**
     * @param releases releases, with or without their text
     * @param store    gives each release's text and facts
     */
    public static SiteIndex of(List<Release> releases, ThemeCatalog catalog, ReleaseStore store) {
        return of(releases, catalog, store, null);
    }

    /**
     * As {@link #of(List, ThemeCatalog, ReleaseStore)}, reusing the indexes of {@code previous} (the
     * last build's, in a watching process, with the same catalog) when nothing they hold changed:
     * the same releases in the same order, each with the same {@linkplain ReleaseStore#listingVersion
     * listing version}, that is the same head, facts and theme hits. An edit of a release's text
     * elsewhere then costs no index. The releases' own heads are this build's.
     */
    public static SiteIndex of(List<Release> releases, ThemeCatalog catalog, ReleaseStore store, SiteIndex previous) {
        List<Release> sorted = new ArrayList<>(releases);
        sorted.sort(NEWEST_FIRST);
        if (previous != null) {
            SiteIndex same = previous.reusedFor(sorted, store);
            if (same != null) {
                return same;
            }
        }
        return new SiteIndex(sorted, catalog, store);
    }

    /** This index's derived indexes with {@code sorted} and {@code store}, or null if they may differ. */
    private SiteIndex reusedFor(List<Release> sorted, ReleaseStore store) {
        if (sorted.size() != releases.size()) {
            return null;
        }
        for (int i = 0; i < sorted.size(); i++) {
            if (!sorted.get(i).id().equals(releases.get(i).id())) {
                return null;
            }
        }
        ThemeIndex.Vocabulary vocabulary = themes.vocabulary();
        Map<String, byte[]> listed = new HashMap<>();
        for (Release r : sorted) {
            store.themeHits(r, vocabulary); // the listing version holds them; the store keeps them for the next build
            byte[] b = listingBytes(store, r);
            if (b == NO_VERSION || !java.util.Arrays.equals(b, listingBytes.get(r.id()))) {
                return null;
            }
            listed.put(r.id(), b);
        }
        return new SiteIndex(this, sorted, store, listed);
    }

    private SiteIndex(SiteIndex previous, List<Release> sorted, ReleaseStore store, Map<String, byte[]> listed) {
        this.releases = List.copyOf(sorted);
        this.store = store;
        this.dates = previous.dates;
        this.speakers = previous.speakers;
        this.countries = previous.countries;
        this.themes = previous.themes;
        this.positions = previous.positions;
        Map<String, byte[]> bytes = new HashMap<>();
        for (Release r : this.releases) {
            bytes.put(r.id(), versionBytes(r));
        }
        this.versionBytes = bytes;
        this.listingBytes = listed;
    }

    /**
     * A release with its paragraphs (the index's releases may hold only their heads): read from the
     * store for each call, so callers keep it no longer than they need it.
     */
    public Release full(Release r) {
        return store.full(r);
    }

    /** See {@link ReleaseStore#version}. */
    public String version(Release r) {
        return store.version(r);
    }

    /**
     * A digest of the versions of these releases, in this order: what a page listing them depends
     * on (besides the build's salt). Null when a version is unknown.
     */
    public String digest(java.util.Collection<Release> list) {
        return digest(list, versionBytes);
    }

    private String digest(java.util.Collection<Release> list, Map<String, byte[]> known) {
        com.google.common.hash.Hasher md = ContentDigest.hasher();
        for (Release r : list) {
            byte[] v = known.get(r.id());
            if (v == null) {
                v = known == versionBytes ? versionBytes(r) : listingBytes(r);
            }
            if (v == NO_VERSION) {
                return null;
            }
            md.putBytes(v);
        }
        return md.hash().toString();
    }

    /**
     * A digest of what lists show of these releases, in this order: their {@linkplain
     * ReleaseStore#listingVersion listing versions}. What a page listing them depends
     * on (besides the build's salt) when it shows no more of their text than their facts: unlike
     * {@link #digest}, it stays the same when a release's text changes elsewhere. Null when a
     * version is unknown.
     */
    public String listingDigest(java.util.Collection<Release> list) {
        return digest(list, listingBytes);
    }

    /** {@link #listingDigest} of every release. */
    public String listingDigest() {
        return allListingDigest.get(() -> listingDigest(releases));
    }

    private final OnceDigest allListingDigest = new OnceDigest();
    private final Map<String, byte[]> listingBytes;

    private byte[] listingBytes(Release r) {
        return listingBytes(store, r);
    }

    private static byte[] listingBytes(ReleaseStore store, Release r) {
        String listing = store.listingVersion(r);
        return listing == null ? NO_VERSION : (listing + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** {@link #digest} of every release: what a page depending on the whole archive depends on. */
    public String digest() {
        return allDigest.get(() -> digest(releases));
    }

    private final OnceDigest allDigest = new OnceDigest();

    /** A digest of the whole archive, computed on first use (possibly null: unknown versions). */
    private static final class OnceDigest {
        private volatile String value; // "" for a computed null

        String get(java.util.function.Supplier<String> make) {
            String d = value;
            if (d == null) {
                d = make.get();
                value = d == null ? "" : d;
            }
            return d == null || d.isEmpty() ? null : d;
        }
    }
    /**
     * Each release's version and a newline, in UTF-8, by id: what {@link #digest} hashes (lists
     * share their releases; made once, when the index is).
     */
    private final Map<String, byte[]> versionBytes;
    private static final byte[] NO_VERSION = new byte[0];

    private byte[] versionBytes(Release r) {
        String version = store.version(r);
        return version == null ? NO_VERSION : (version + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public DateArchive dates() {
        return dates;
    }

    public SpeakerIndex speakers() {
        return speakers;
    }

    public CountryIndex countries() {
        return countries;
    }

    public ThemeIndex themes() {
        return themes;
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
