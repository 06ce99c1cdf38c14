package org.pressarchive.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressarchive.ingest.SourceReader;
import org.pressarchive.model.Release;
import org.pressarchive.parse.FrenchReleaseParser;
import org.pressarchive.site.ReleaseStore;
import org.pressarchive.site.ThemeCatalog;
import org.pressarchive.site.ThemeIndex;
import org.pressarchive.synth.SyntheticArchive;

/** The theme hits a build leaves in {@code themes.bin} and the next build reuses without decoding texts. */
class CachedReleasesTest {
    private static List<Release> releases;
    private static ThemeIndex.Vocabulary vocabulary;

    @TempDir
    Path tmp;

    @BeforeAll
    static void parse() {
        FrenchReleaseParser parser = FrenchReleaseParser.standard();
        SourceReader reader = SourceReader.standard();
        SyntheticArchive synth = new SyntheticArchive(11);
        releases = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            SyntheticArchive.GeneratedRelease g = synth.release(i);
            releases.add(parser.parse(reader.read(g.fileName(), g.fileName(), g.text().getBytes(StandardCharsets.UTF_8))));
        }
        vocabulary = ThemeIndex.vocabulary(releases, ThemeCatalog.standard(), ThemeIndex.Definition::of);
    }

    /**
     * A build's store where release {@code i} has cache key {@code keys[i]}; with {@code inCache}
     * its text is only in the parse cache (which here holds none: decoding it fails), else in memory.
     */
    private CachedReleases store(String[] keys, boolean[] inCache) {
        CachedReleases store = new CachedReleases(ParseCache.open(tmp.resolve("site")), tmp.resolve("themes.bin"));
        for (int i = 0; i < releases.size(); i++) {
            Release r = releases.get(i);
            store.add(r.id(), keys[i], inCache[i], r, ReleaseStore.Facts.of(r));
        }
        return store;
    }

    @Test
    void theNextBuildTakesTheHitsOfUnchangedReleasesFromTheFileAndFindsTheOthersAgain() {
        int n = releases.size();
        String[] keys = new String[n];
        boolean[] inMemory = new boolean[n];
        boolean[] inCacheOnly = new boolean[n];
        List<List<ThemeIndex.Hit>> first = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            keys[i] = "key" + i;
            inCacheOnly[i] = true;
        }
        CachedReleases one = store(keys, inMemory);
        for (Release r : releases) {
            first.add(one.themeHits(r, vocabulary));
        }
        one.saveThemeHits(vocabulary);
        assertThat(first).anySatisfy(h -> assertThat(h).isNotEmpty());

        // same releases: every hit comes from the file (their texts cannot be decoded)
        CachedReleases two = store(keys, inCacheOnly);
        for (int i = 0; i < n; i++) {
            assertThat(two.themeHits(releases.get(i), vocabulary)).isEqualTo(first.get(i));
        }

        // half of them changed (an edit, or another version of the tool: new keys): those are found in their texts again
        boolean[] mixed = new boolean[n];
        for (int i = 0; i < n; i++) {
            if (i % 2 == 0) {
                keys[i] = "edited" + i;
            } else {
                mixed[i] = true;
            }
        }
        CachedReleases three = store(keys, mixed);
        for (int i = 0; i < n; i++) {
            assertThat(three.themeHits(releases.get(i), vocabulary)).isEqualTo(first.get(i));
        }
        // and a changed release is not taken from the file: its text is needed
        CachedReleases four = store(keys, inCacheOnly);
        assertThatThrownBy(() -> four.themeHits(releases.get(0), vocabulary)).hasMessageContaining("lost the parsed text");
    }
}
