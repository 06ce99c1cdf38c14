package org.pressarchive.build;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.pressarchive.model.Release;
import org.pressarchive.site.ReleaseStore;
import org.pressarchive.site.ThemeIndex;

/**
 * The build's {@link ReleaseStore}: each release's parse model stays in the parse cache, where
 * reading or parsing it put it, and is decoded again whenever a page needs its text; the build
 * holds only heads and {@link Facts}. A release whose model could not be written to the cache
 * (a read-only disk) is kept in memory instead, so the build still succeeds, just larger. It also
 * keeps each release's theme hits for the next build ({@code themes.bin} in the cache folder), valid
 * while the release's version and the archive's theme vocabulary are unchanged.
 */
final class CachedReleases implements ReleaseStore {
    /** Where one release's model is: its cache key, or the model itself; and its facts. */
    private record Slot(String key, Release inMemory, Facts facts, String id, String version) {
        Slot(String key, Release inMemory, Facts facts, String id) {
            this(key, inMemory, facts, id, key + "/" + id);
        }
    }

    private static final String THEMES_FORMAT = "theme-hits-1";
    private final ParseCache cache;
    private final Map<String, Slot> byId = new ConcurrentHashMap<>();
    private final Path themesFile;
    /** The previous build's hits and their vocabulary: from memory, or read from the file on first use. */
    private volatile String previousVocabulary;
    private volatile Map<String, List<ThemeIndex.Hit>> previousHits;
    private volatile boolean previousLoaded;
    private final Map<String, List<ThemeIndex.Hit>> hits = new ConcurrentHashMap<>();

    /**
     * The theme hits a build leaves to the next one in the same process ({@code build --watch}),
     * with what the cache file holds (which may lag behind by a few releases).
     */
    record Memory(String vocabulary, Map<String, List<ThemeIndex.Hit>> hits, String fileVocabulary,
                  java.util.Set<String> fileVersions, Map<String, String> listings) {
    }

    /**
     * Listing versions by version: this build's, and the previous build's in this process (which
     * hold that build's theme hits: valid while the vocabulary is the same).
     */
    private final Map<String, String> listings = new ConcurrentHashMap<>();
    private final Map<String, String> previousListings;

    /** What {@code themes.bin} holds: its vocabulary and the versions it has hits for. */
    private String fileVocabulary;
    private java.util.Set<String> fileVersions;

    /** @param themesFile where the theme hits of the previous build are, and this build's go */
    CachedReleases(ParseCache cache, Path themesFile) {
        this(cache, themesFile, null);
    }

    /**
     * @param themesFile where the theme hits of the previous build are, and this build's go
     * @param memory     the previous build's hits when it ran in this process, else null (the file is read)
     */
    CachedReleases(ParseCache cache, Path themesFile, Memory memory) {
        this.cache = cache;
        this.themesFile = themesFile;
        if (memory != null) {
            this.previousVocabulary = memory.vocabulary();
            this.previousHits = memory.hits();
            this.fileVocabulary = memory.fileVocabulary();
            this.fileVersions = memory.fileVersions();
            this.previousListings = memory.listings();
            this.previousLoaded = true;
            return;
        }
        this.previousListings = Map.of();
        // themes.bin is read when this build's vocabulary and releases are known (loadPrevious)
    }

    /**
     * Reads the previous build's hits from {@code themes.bin}, keeping only those this build can use:
     * none when the file's vocabulary is not {@code digest} (the file is then not read further),
     * else those of the releases this build has (a changed tool or input changes every version).
     * Holding the rest through the build cost a clean build over an old cache 30 MiB of heap.
     */
    private void loadPrevious(String digest) {
        if (previousLoaded) {
            return;
        }
        synchronized (this) {
            if (previousLoaded) {
                return;
            }
            java.util.Set<String> current = new java.util.HashSet<>();
            for (Slot slot : byId.values()) {
                current.add(slot.version());
            }
            Map<String, List<ThemeIndex.Hit>> previous = new HashMap<>();
            java.util.Set<String> versions = new java.util.HashSet<>();
            String vocabulary = null;
            if (Files.isRegularFile(themesFile)) {
                try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(themesFile)))) {
                    if (in.readUTF().equals(THEMES_FORMAT)) {
                        vocabulary = in.readUTF();
                        int n = vocabulary.equals(digest) ? in.readInt() : 0;
                        for (int i = 0; i < n; i++) {
                            String version = in.readUTF();
                            versions.add(version);
                            boolean used = current.contains(version);
                            int k = in.readInt();
                            List<ThemeIndex.Hit> list = new ArrayList<>(used ? k : 0);
                            for (int j = 0; j < k; j++) {
                                String theme = in.readUTF();
                                String spot = in.readUTF();
                                int index = in.readInt();
                                if (used) {
                                    list.add(new ThemeIndex.Hit(theme, new ThemeIndex.Spot(spot, index)));
                                }
                            }
                            if (used) {
                                previous.put(version, List.copyOf(list));
                            }
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    previous.clear();
                    versions.clear();
                    vocabulary = null;
                }
            }
            this.previousVocabulary = vocabulary;
            this.previousHits = previous;
            this.fileVocabulary = vocabulary;
            this.fileVersions = java.util.Set.copyOf(versions);
            previousLoaded = true;
        }
    }

    /** This build's hits, for the next build in this process; call after {@link #saveThemeHits}. */
    Memory memory(ThemeIndex.Vocabulary vocabulary) {
        return new Memory(vocabulary.digest(), Map.copyOf(hits), fileVocabulary, fileVersions, Map.copyOf(listings));
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

    /**
     * The release each thread decoded last: a release's page and its JSON are adjacent tasks, which
     * the same worker usually runs one after the other, so the second one need not decode it again.
     */
    private final ThreadLocal<Object[]> lastDecoded = new ThreadLocal<>();

    @Override
    public Release full(Release head) {
        Slot slot = slot(head);
        Release r = slot.inMemory();
        if (r == null) {
            Object[] last = lastDecoded.get();
            if (last != null && last[0] == slot) {
                return (Release) last[1];
            }
        }
        if (r == null) {
            r = cache.get(slot.key()).map(ParseCache.Entry::release).orElseThrow(() -> new UncheckedIOException(
                    new java.io.IOException("the build cache lost the parsed text of " + head.source()
                            + " during the build (was the cache folder deleted?): build again")));
        }
        Release full = r.id().equals(slot.id()) ? r : new Release(slot.id(), r.source(), r.lang(), r.date(),
                r.location(), r.title(), r.participants(), r.paragraphs(), r.warnings(), r.meta());
        if (slot.inMemory() == null) {
            lastDecoded.set(new Object[] {slot, full});
        }
        return full;
    }

    @Override
    public String version(Release head) {
        return slot(head).version();
    }

    /**
     * The digest ({@link org.pressarchive.site.ContentDigest}) of the head's listed fields and the facts, written unambiguously (length-prefixed),
     * then the release's id; computed once per version in a watching process.
     */
    @Override
    public String listingVersion(Release head) {
        Slot slot = slot(head);
        String version = slot.version();
        String listing = listings.get(version);
        if (listing == null) {
            String vocabulary = this.vocabulary;
            listing = vocabulary != null && vocabulary.equals(previousVocabulary) ? previousListings.get(version) : null;
            if (listing == null) {
                listing = listingDigest(head, slot.facts(), hits.get(version)) + "/" + slot.id();
            }
            listings.put(version, listing);
        }
        return listing;
    }

    /** The vocabulary of this build's theme hits (set by {@link #themeHits}). */
    private volatile String vocabulary;

    static String listingDigest(Release head, Facts facts, List<ThemeIndex.Hit> themeHits) {
        CodecOutput out = new CodecOutput(4096);
        out.string(head.lang());
        out.string(head.date() == null ? null : head.date().toString());
        out.string(head.location());
        out.string(head.title());
        out.writeInt(head.participants().size());
        for (org.pressarchive.model.Participant p : head.participants()) {
            out.string(p.id());
            out.string(p.name());
            out.string(p.role());
            out.string(p.country());
        }
        out.string(head.meta().sourceUrl());
        out.writeInt(head.meta().tags().size());
        head.meta().tags().forEach(out::string);
        out.string(head.meta().translationOf());
        out.writeInt(facts.statements().size());
        for (org.pressarchive.site.SpeakerIndex.Said said : facts.statements()) {
            out.writeInt(said.paragraphIndex());
            out.string(said.anchor());
            out.string(said.text());
            out.writeInt(said.speakers().size());
            said.speakers().forEach(out::string);
        }
        out.writeInt(facts.definitions().size());
        for (ThemeIndex.Definition d : facts.definitions()) {
            out.string(d.acronym());
            out.string(d.name());
        }
        List<ThemeIndex.Hit> found = themeHits == null ? List.of() : themeHits;
        out.writeInt(found.size());
        for (ThemeIndex.Hit h : found) {
            out.string(h.theme());
            out.string(h.spot().id());
            out.writeInt(h.spot().index());
        }
        return org.pressarchive.site.ContentDigest.of(out.toByteArray());
    }

    /** The previous build's hits when its vocabulary and the release are the same, else found in the text. */
    @Override
    public List<ThemeIndex.Hit> themeHits(Release head, ThemeIndex.Vocabulary vocabulary) {
        String digest = vocabulary.digest();
        if (!digest.equals(this.vocabulary)) {
            synchronized (this) {
                if (!digest.equals(this.vocabulary)) {
                    // hits found with another vocabulary (a watching build's first try) are not this build's
                    listings.clear();
                    hits.clear();
                    this.vocabulary = digest;
                }
            }
        }
        loadPrevious(digest);
        String version = version(head);
        List<ThemeIndex.Hit> found = digest.equals(previousVocabulary) ? previousHits.get(version) : null;
        if (found == null) {
            found = vocabulary.find(full(head));
        }
        hits.put(version, found);
        return found;
    }

    /**
     * Keeps this build's theme hits for the next; a failure only costs a search of every text next
     * time. The file is left as it is when it has the same vocabulary and lacks the hits of only a
     * few releases (a rebuild after an edit): a later build finds those in their texts again, which
     * costs less than rewriting the hits of the whole archive at every edit.
     */
    void saveThemeHits(ThemeIndex.Vocabulary vocabulary) {
        String digest = vocabulary.digest();
        loadPrevious(digest);
        if (digest.equals(fileVocabulary) && fileVersions != null) {
            long missing = hits.keySet().stream().filter(v -> !fileVersions.contains(v)).count();
            if (missing <= Math.max(8, hits.size() / 100)) {
                return;
            }
        }
        boolean saved = CacheFiles.replace(themesFile, stream -> {
            DataOutputStream out = new DataOutputStream(stream);
            out.writeUTF(THEMES_FORMAT);
            out.writeUTF(vocabulary.digest());
            out.writeInt(hits.size());
            for (Map.Entry<String, List<ThemeIndex.Hit>> e : new TreeMap<>(hits).entrySet()) {
                out.writeUTF(e.getKey());
                out.writeInt(e.getValue().size());
                for (ThemeIndex.Hit h : e.getValue()) {
                    out.writeUTF(h.theme());
                    out.writeUTF(h.spot().id());
                    out.writeInt(h.spot().index());
                }
            }
            out.flush();
        });
        fileVocabulary = saved ? digest : null;
        fileVersions = saved ? java.util.Set.copyOf(hits.keySet()) : java.util.Set.of();
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
