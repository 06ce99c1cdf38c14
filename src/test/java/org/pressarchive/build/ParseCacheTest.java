package org.pressarchive.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressarchive.ingest.SourceReader;
import org.pressarchive.model.Release;
import org.pressarchive.model.Warning;
import org.pressarchive.parse.FrenchReleaseParser;
import org.pressarchive.site.ReleaseStore;
import org.pressarchive.synth.SyntheticArchive;

/** The packed parse cache: what is put comes back, across builds, threads, failures and damage. */
class ParseCacheTest {
    private static final byte[] TOOL = new byte[32];
    private static final List<Release> RELEASES = releases(24);

    @TempDir
    Path tmp;

    private static List<Release> releases(int n) {
        SyntheticArchive synth = new SyntheticArchive(11);
        SourceReader reader = SourceReader.standard();
        FrenchReleaseParser parser = FrenchReleaseParser.standard();
        List<Release> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            SyntheticArchive.GeneratedRelease r = synth.release(i);
            list.add(parser.parse(reader.read("in/" + r.fileName(), r.fileName(), r.text().getBytes(StandardCharsets.UTF_8))));
        }
        return list;
    }

    /** Entry number i: a parsed release, or every seventh a file without one (only warnings). */
    private static ParseCache.Entry entry(int i) {
        if (i % 7 == 6) {
            return new ParseCache.Entry(null, List.of(new Warning(0, "no text in file " + i)));
        }
        return new ParseCache.Entry(RELEASES.get(i % RELEASES.size()), List.of());
    }

    private static String key(ParseCache cache, int i) {
        return cache.key("in/" + i + ".txt", i + ".txt", ("input " + i).getBytes(StandardCharsets.UTF_8));
    }

    private ParseCache open() {
        return ParseCache.open(out(), TOOL);
    }

    private Path out() {
        return tmp.resolve("site");
    }

    private Path parse() {
        return ParseCache.folderFor(out()).resolve("parse");
    }

    private List<Path> packs() throws IOException {
        if (!Files.isDirectory(parse())) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(parse())) {
            return s.filter(p -> p.getFileName().toString().matches("pack-[0-9]+\\.bin")).sorted().toList();
        }
    }

    private long packBytes() throws IOException {
        long n = 0;
        for (Path p : packs()) {
            n += Files.size(p);
        }
        return n;
    }

    /** A build that puts entries {@code from} to {@code to} (excluded) and commits. */
    private void build(int from, int to) {
        ParseCache cache = open();
        for (int i = from; i < to; i++) {
            assertThat(cache.put(key(cache, i), entry(i))).isTrue();
        }
        cache.commit();
    }

    /** Whether every entry in [from, to) is either missing or exactly what was put; @return how many were found. */
    private int foundAndRight(ParseCache cache, int from, int to) {
        int found = 0;
        for (int i = from; i < to; i++) {
            Optional<ParseCache.Entry> e = cache.get(key(cache, i));
            if (e.isPresent()) {
                assertThat(e.get()).isEqualTo(entry(i));
                found++;
            }
        }
        return found;
    }

    /** {@link #foundAndRight} in a cache opened for it, then closed. */
    private int foundAfterReopening(int from, int to) {
        ParseCache cache = open();
        try {
            return foundAndRight(cache, from, to);
        } finally {
            cache.close();
        }
    }

    /** The bytes the records of these entries take in a pack. */
    private static long recordBytes(int... entries) {
        long n = 0;
        for (int i : entries) {
            n += ParseCache.RECORD_HEADER + ParseCache.encode(entry(i)).length;
        }
        return n;
    }

    @Test
    void anEntryComesBackAsItWasPutHeadAndFactsIncluded() throws IOException {
        ParseCache cache = open();
        for (int i = 0; i < 8; i++) {
            String key = key(cache, i);
            assertThat(cache.get(key)).isEmpty();
            assertThat(cache.getHead(key)).isEmpty();
            assertThat(cache.put(key, entry(i))).isTrue();
            assertThat(cache.get(key)).contains(entry(i));
        }
        cache.commit();
        ParseCache again = open();
        for (int i = 0; i < 8; i++) {
            ParseCache.Head head = again.getHead(key(again, i)).orElseThrow();
            Release full = entry(i).release();
            if (full == null) {
                assertThat(head.release()).isNull();
                assertThat(head.warnings()).isEqualTo(entry(i).warnings());
            } else {
                assertThat(head.release().head()).isEqualTo(new Release(full.id(), full.source(), full.lang(), full.date(),
                        full.location(), full.title(), full.participants(), List.of(), full.warnings(), full.meta()));
                assertThat(head.release().facts()).isEqualTo(ReleaseStore.Facts.of(full));
            }
            assertThat(again.get(key(again, i))).contains(entry(i));
        }
        again.close();
        assertThat(ParseCache.decode(ParseCache.encode(entry(3)))).isEqualTo(entry(3));
    }

    @Test
    void entriesPutFromManyThreadsAtOnceAreAllReadAfterReopening() throws Exception {
        int threads = 16;
        int each = 40;
        ParseCache cache = open();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int first = t * each;
                done.add(pool.submit(() -> {
                    for (int i = first; i < first + each; i++) {
                        String key = key(cache, i);
                        assertThat(cache.put(key, entry(i))).isTrue();
                        assertThat(cache.get(key)).contains(entry(i));
                        // reads of other threads' entries, while they write
                        cache.get(key(cache, (i * 31) % (threads * each)));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        cache.commit();
        assertThat(packs()).hasSize(1);
        ParseCache again = open();
        assertThat(foundAndRight(again, 0, threads * each)).isEqualTo(threads * each);
        again.close();
    }

    @Test
    void entriesABuildDidNotUseAreGoneAfterItsCommitAndTheOthersStayReadable() throws IOException {
        build(0, 100);
        long full = packBytes();
        ParseCache second = open();
        for (int i = 0; i < 10; i++) {
            assertThat(second.getHead(key(second, i))).isPresent();
        }
        for (int i = 100; i < 105; i++) {
            second.put(key(second, i), entry(i));
        }
        second.commit();
        // the first pack was mostly dead: its live records were moved, and it is gone
        assertThat(packBytes()).isLessThan(full / 4);
        assertThat(packs()).hasSizeLessThanOrEqualTo(2);
        ParseCache third = open();
        assertThat(foundAndRight(third, 0, 10)).isEqualTo(10);
        assertThat(foundAndRight(third, 100, 105)).isEqualTo(5);
        assertThat(foundAndRight(third, 10, 100)).isZero();
        third.commit();
    }

    @Test
    void mostlyDeadPacksAreCompactedAndPacksNoEntryUsesAreDeleted() throws IOException {
        build(0, 30);
        int[] all = java.util.stream.IntStream.range(0, 30).toArray();
        // a new tool: every key changes; its build appends to the small pack, half of which is then dead
        for (byte tool = 2; tool <= 3; tool++) {
            ParseCache cache = ParseCache.open(out(), new byte[] {tool});
            for (int i = 0; i < 30; i++) {
                assertThat(cache.get(key(cache, i))).isEmpty();
                cache.put(key(cache, i), entry(i));
            }
            cache.commit();
        }
        // after the second new tool two thirds were dead: the live third was moved to a new pack
        assertThat(packBytes()).isEqualTo(recordBytes(all) + ParseCache.PACK_HEADER);
        for (byte tool = 0; tool <= 3; tool++) {
            ParseCache cache = ParseCache.open(out(), new byte[] {tool});
            assertThat(foundAndRight(cache, 0, 30)).isEqualTo(tool == 3 ? 30 : 0);
            cache.close();
        }
        // a build that uses nothing: no pack is left
        ParseCache.open(out(), new byte[] {4}).commit();
        assertThat(packs()).isEmpty();
        assertThat(parse().resolve(ParseCache.INDEX)).isRegularFile();
        assertThat(foundAfterReopening(0, 30)).isZero();
    }

    @Test
    void manyBuildsOfSmallEditsKeepFewPacksAtMostTwiceAsLargeAsTheirLiveRecords() throws IOException {
        int n = 20;
        String[] keys = new String[n];
        int[] content = new int[n];
        ParseCache first = open();
        for (int i = 0; i < n; i++) {
            keys[i] = key(first, i);
            content[i] = i;
            first.put(keys[i], entry(i));
        }
        first.commit();
        for (int round = 0; round < 45; round++) {
            ParseCache cache = open();
            int edited = round % n;
            for (int i = 0; i < n; i++) {
                if (i == edited) {
                    keys[i] = cache.key("in/" + i + ".txt", i + ".txt",
                            ("input " + i + " edit " + round).getBytes(StandardCharsets.UTF_8));
                    content[i] = i + round + 1;
                    assertThat(cache.put(keys[i], entry(content[i]))).isTrue();
                } else {
                    assertThat(cache.getHead(keys[i])).isPresent();
                }
            }
            cache.commit();
            assertThat(packs()).hasSizeLessThanOrEqualTo(2);
            assertThat(packBytes()).isLessThanOrEqualTo(2 * recordBytes(content) + 2L * ParseCache.PACK_HEADER);
        }
        ParseCache cache = open();
        for (int i = 0; i < n; i++) {
            assertThat(cache.get(keys[i])).contains(entry(content[i]));
        }
        cache.close();
    }

    @Test
    void aFailedBuildChangesNothingTheNextBuildReads() throws IOException {
        build(0, 10);
        long committed = packBytes();
        // a build that fails after writing: closed without commit
        ParseCache failed = open();
        for (int i = 0; i < 5; i++) {
            assertThat(failed.get(key(failed, i))).isPresent();
        }
        for (int i = 10; i < 20; i++) {
            assertThat(failed.put(key(failed, i), entry(i))).isTrue();
        }
        failed.close();
        assertThat(failed.get(key(failed, 0))).isEmpty();
        assertThat(failed.put(key(failed, 0), entry(0))).isFalse();
        failed.commit();  // after close: nothing
        // and one that is abandoned without even a close
        ParseCache abandoned = open();
        for (int i = 20; i < 25; i++) {
            abandoned.put(key(abandoned, i), entry(i));
        }
        assertThat(packBytes()).isGreaterThan(committed);

        ParseCache next = open();
        assertThat(foundAndRight(next, 0, 10)).isEqualTo(10);
        assertThat(foundAndRight(next, 10, 25)).isZero();
        for (int i = 30; i < 33; i++) {
            next.put(key(next, i), entry(i));
        }
        next.commit();
        ParseCache last = open();
        assertThat(foundAndRight(last, 0, 10)).isEqualTo(10);
        assertThat(foundAndRight(last, 30, 33)).isEqualTo(3);
        assertThat(foundAndRight(last, 10, 25)).isZero();
        last.commit();
        // the failed builds' bytes are gone: the packs hold the live records only
        assertThat(packBytes()).isEqualTo(recordBytes(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 30, 31, 32) + ParseCache.PACK_HEADER);
    }

    @Test
    void aTruncatedPackLosesTheEntriesItCutsAndNothingElse() throws IOException {
        build(0, 20);
        Path pack = packs().get(0);
        try (var ch = java.nio.channels.FileChannel.open(pack, StandardOpenOption.WRITE)) {
            ch.truncate(Files.size(pack) / 2);
        }
        ParseCache cache = open();
        int found = foundAndRight(cache, 0, 20);
        assertThat(found).isBetween(1, 19);
        for (int i = 0; i < 20; i++) {
            if (cache.get(key(cache, i)).isEmpty()) {
                assertThat(cache.getHead(key(cache, i))).isEmpty();
                cache.put(key(cache, i), entry(i));
            }
        }
        cache.commit();
        ParseCache again = open();
        assertThat(foundAndRight(again, 0, 20)).isEqualTo(20);
        again.close();
    }

    @Test
    void garbageAfterAPackIsIgnoredAndCutOffByTheNextAppend() throws IOException {
        build(0, 10);
        Path pack = packs().get(0);
        long size = Files.size(pack);
        byte[] garbage = new byte[5000];
        new java.util.Random(5).nextBytes(garbage);
        Files.write(pack, garbage, StandardOpenOption.APPEND);
        ParseCache cache = open();
        assertThat(foundAndRight(cache, 0, 10)).isEqualTo(10);
        cache.put(key(cache, 10), entry(10));
        cache.commit();
        assertThat(Files.size(pack)).isEqualTo(size + recordBytes(10));
        assertThat(foundAfterReopening(0, 11)).isEqualTo(11);
    }

    @Test
    void aDamagedRecordIsMissingAndTheOthersAreNot() throws IOException {
        build(0, 10);
        Path pack = packs().get(0);
        byte[] bytes = Files.readAllBytes(pack);
        int middle = bytes.length / 2;
        bytes[middle] ^= 0x40;
        Files.write(pack, bytes);
        ParseCache cache = open();
        assertThat(foundAndRight(cache, 0, 10)).isEqualTo(9);
        cache.close();
    }

    @Test
    void aDamagedIndexIsNoIndex() throws IOException {
        build(0, 10);
        Path index = parse().resolve(ParseCache.INDEX);
        byte[] bytes = Files.readAllBytes(index);
        bytes[bytes.length / 2] ^= 1;
        Files.write(index, bytes);
        ParseCache cache = open();
        assertThat(foundAndRight(cache, 0, 10)).isZero();
        build(0, 10);
        assertThat(packs()).hasSize(1);  // the old pack, which no index named, is deleted
        ParseCache again = open();
        assertThat(foundAndRight(again, 0, 10)).isEqualTo(10);
        again.close();
        cache.close();

        Files.write(index, new byte[0]);
        assertThat(foundAfterReopening(0, 10)).isZero();
        Files.write(index, "not an index".getBytes(StandardCharsets.UTF_8));
        assertThat(foundAfterReopening(0, 10)).isZero();
    }

    @Test
    void anIndexThatPointsAtAnotherEntrysRecordGivesAMissNotThatEntry() throws IOException {
        build(0, 2);
        Path index = parse().resolve(ParseCache.INDEX);
        byte[] bytes = Files.readAllBytes(index);
        // entries: 48 bytes each (key, then pack, offset and length), before the CRC: swap their places
        int second = bytes.length - 4 - 48;
        int first = second - 48;
        byte[] place = java.util.Arrays.copyOfRange(bytes, first + 32, first + 48);
        System.arraycopy(bytes, second + 32, bytes, first + 32, 16);
        System.arraycopy(place, 0, bytes, second + 32, 16);
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        ByteBuffer.wrap(bytes).putInt(bytes.length - 4, (int) crc.getValue());
        Files.write(index, bytes);
        ParseCache cache = open();
        assertThat(foundAndRight(cache, 0, 2)).isZero();
        cache.close();
    }

    @Test
    void aMissingOrForeignPackIsMissingEntries() throws IOException {
        build(0, 5);
        Path pack = packs().get(0);
        byte[] bytes = Files.readAllBytes(pack);
        bytes[0] ^= 1;
        Files.write(pack, bytes);
        assertThat(foundAfterReopening(0, 5)).isZero();
        Files.delete(pack);
        ParseCache cache = open();
        assertThat(foundAndRight(cache, 0, 5)).isZero();
        for (int i = 0; i < 5; i++) {
            assertThat(cache.put(key(cache, i), entry(i))).isTrue();
        }
        cache.commit();
        assertThat(foundAfterReopening(0, 5)).isEqualTo(5);
    }

    @Test
    void deletingTheCacheFolderIsSafeBetweenAndDuringBuilds() throws IOException {
        build(0, 5);
        deleteTree(ParseCache.folderFor(out()));
        ParseCache cache = open();
        assertThat(foundAndRight(cache, 0, 5)).isZero();
        for (int i = 0; i < 5; i++) {
            cache.put(key(cache, i), entry(i));
        }
        deleteTree(ParseCache.folderFor(out()));
        foundAndRight(cache, 0, 5);
        cache.put(key(cache, 5), entry(5));
        cache.commit();
        ParseCache again = open();
        foundAndRight(again, 0, 6);
        for (int i = 0; i < 6; i++) {
            if (again.get(key(again, i)).isEmpty()) {
                again.put(key(again, i), entry(i));
            }
        }
        again.commit();
        assertThat(foundAfterReopening(0, 6)).isEqualTo(6);
    }

    @Test
    void theFoldersOfTheOldOneFilePerEntryFormatAreIgnoredThenDeleted() throws IOException {
        ParseCache cache = open();
        Map<String, Path> old = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            String key = key(cache, i);
            Path f = parse().resolve(key.substring(0, 2)).resolve(key + ".bin");
            Files.createDirectories(f.getParent());
            Files.write(f, ParseCache.encode(entry(i)));
            old.put(key, f);
        }
        assertThat(foundAndRight(cache, 0, 5)).isZero();
        for (int i = 0; i < 3; i++) {
            cache.put(key(cache, i), entry(i));
        }
        cache.commit();
        for (Path f : old.values()) {
            assertThat(f.getParent()).doesNotExist();
        }
        ParseCache again = open();
        assertThat(foundAndRight(again, 0, 5)).isEqualTo(3);
        again.close();
    }

    @Test
    void buildsInOneProcessLeaveNoFileOpen() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        build(0, 3);
        long before = Files.isDirectory(fds) ? count(fds) : 0;
        for (int round = 0; round < 20; round++) {
            ParseCache cache = open();
            foundAndRight(cache, 0, 3);
            cache.put(key(cache, 3 + round), entry(3 + round));
            cache.getHead(key(cache, 3 + round));
            if (round % 3 == 2) {
                cache.close();  // a failed build
            } else {
                cache.commit();
            }
            cache.close();
        }
        if (Files.isDirectory(fds)) {
            assertThat(count(fds)).isLessThanOrEqualTo(before);
        }
    }

    @Test
    void keysThatAreNotKeysAreNeitherStoredNorFound() {
        ParseCache cache = open();
        assertThat(cache.put("../../etc", entry(0))).isFalse();
        assertThat(cache.put("A".repeat(64), entry(0))).isFalse();
        assertThat(cache.get("../../etc")).isEmpty();
        assertThat(cache.getHead("")).isEmpty();
        cache.commit();
        assertThat(ParseCache.folderFor(out())).doesNotExist();
    }

    /** Whatever byte of a pack or the index is damaged, every entry is either missing or right. */
    @Property(tries = 60)
    void anyDamagedByteGivesAMissOrTheRightEntry(@ForAll boolean inIndex, @ForAll @IntRange(min = 0, max = 9999) int where,
                                                 @ForAll @IntRange(min = 1, max = 255) int flip) throws IOException {
        Path dir = Files.createTempDirectory("parse-cache-property");
        try {
            Path output = dir.resolve("site");
            ParseCache cache = ParseCache.open(output, TOOL);
            for (int i = 0; i < 8; i++) {
                cache.put(key(cache, i), entry(i));
            }
            cache.commit();
            Path parse = ParseCache.folderFor(output).resolve("parse");
            Path file;
            try (Stream<Path> s = Files.list(parse)) {
                file = s.filter(p -> inIndex == p.getFileName().toString().equals(ParseCache.INDEX))
                        .filter(p -> p.getFileName().toString().endsWith(".bin")).findFirst().orElseThrow();
            }
            byte[] bytes = Files.readAllBytes(file);
            int at = (int) ((long) where * bytes.length / 10000);
            bytes[at] ^= (byte) flip;
            Files.write(file, bytes);
            ParseCache again = ParseCache.open(output, TOOL);
            int found = 0;
            for (int i = 0; i < 8; i++) {
                Optional<ParseCache.Entry> e = again.get(key(again, i));
                if (e.isPresent()) {
                    assertThat(e.get()).isEqualTo(entry(i));
                    found++;
                }
                again.getHead(key(again, i));
            }
            again.close();
            // one damaged byte costs one record, or the whole index or pack when in its header
            assertThat(found).isEqualTo(inIndex || at < ParseCache.PACK_HEADER ? 0 : 7);
        } finally {
            deleteTree(dir);
        }
    }

    private static long count(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.count();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
