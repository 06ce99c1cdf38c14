package org.pressarchive.build;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

import org.pressarchive.model.Release;
import org.pressarchive.model.Warning;
import org.pressarchive.site.ReleaseStore;

/**
 * Parse results of earlier builds, keyed by a content hash of everything a parse depends on: the
 * tool's own code and data (a digest of its jar or class folder, so a changed parser never reuses
 * an old result), the file's shown name and name, and its bytes. Kept in {@code <output>.cache/parse/},
 * beside the output folder and never inside it. A missing, unreadable or corrupt entry is simply
 * parsed again, so deleting the cache folder is always safe.
 *
 * <h2>Storage: a few packs and one index</h2>
 * <ul>
 * <li><b>Packs</b> ({@code pack-<n>.bin}): a header (magic, {@link #PACK_VERSION}, the pack's
 * number), then records, each the entry's 32-byte key, its length, a CRC-32C of its bytes and the
 * bytes ({@link #encode}: warnings, head and facts first, then paragraphs). A put encodes the entry,
 * reserves its place at the end of the build's <i>append pack</i> under a short lock (only a counter
 * moves) and writes it there with one positional write outside the lock, so the threads of the
 * parallel parse write at once. A build appends to the newest pack while that is under
 * {@link #APPEND_LIMIT} (so edit-and-rebuild sessions add to one small pack), otherwise to a new
 * one; a pack reaching {@link #PACK_LIMIT} is followed by a new one. Reads are positional reads of
 * exactly the record's bytes through one read-only channel per pack, opened on first use (no
 * memory map: a map cannot be released on demand in Java 17, and a long-running "watch" process
 * must not keep files mapped).</li>
 * <li><b>The index</b> ({@code index.bin}): magic and version, the packs it uses (number and
 * length), then the live entries sorted by key (key, pack, offset, length: 48 bytes each), then a
 * CRC-32C of the whole. {@link #open} reads it in one read and keeps it as it is: a get
 * binary-searches the bytes, so 100,000 entries cost 4.8 MB and no object each. Entries put by the
 * running build are in a map of their own until the commit.</li>
 * <li><b>Commit</b> ({@link #commit}, the end of a successful build): the new index lists exactly
 * the entries this build read or wrote. A pack with no live record is deleted; a pack whose dead
 * bytes exceed half of it has its live records copied (and checked) into a fresh pack and is then
 * deleted. The index is written to a temporary file and moved over the old one (unless its bytes
 * did not change), and only then are the files it does not name deleted: packs of failed builds or
 * crashed compactions, temporary files, and the one-file-per-entry folders ({@code parse/xx/}) of
 * the previous cache format. The commit closes the cache.</li>
 * </ul>
 *
 * <h2>Failures</h2>
 * Nothing a failed or crashed build leaves can be read as wrong data: the index is only replaced
 * by a complete one, and it only names records of finished writes; a build's appends start at the
 * length the index gives its pack (a failed build's tail is cut off first); a pack a build creates
 * has a number no existing file has. Every read checks the record's key, length and CRC, and the
 * index its own CRC, order and bounds; anything that fails (a truncated or overwritten pack, a
 * damaged index, a record that does not decode) is a miss, and the caller parses again. Nothing is
 * forced to the disk: after a power failure, records the index names but that did not reach the
 * disk fail their CRC and are parsed again. One build at a time per output folder.
 *
 * <h2>Life cycle</h2>
 * One instance per build: {@link #open}, gets and puts from any threads, then {@link #commit} after
 * a successful build, or {@link #close} (which keeps the previous index) after a failed one. After
 * either, gets find nothing and puts store nothing; the next build opens a new instance.
 */
final class ParseCache implements AutoCloseable {
    /** What parsing one file gave: a release, or none and the reader's warnings. */
    record Entry(Release release, List<Warning> warnings) {
        Entry {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
    }

    /** What {@link #getHead} gives: a release's head and facts, or none and the reader's warnings. */
    record Head(ReleaseCodec.Head release, List<Warning> warnings) {
    }

    /** The entries' encoding, part of every key. */
    private static final String FORMAT = "parse-cache-2";
    /** The layout of packs and index; a file of another version is not read. */
    static final int PACK_VERSION = 1;
    private static final byte[] PACK_MAGIC = "press-archive parse pack\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INDEX_MAGIC = "press-archive parse index\n".getBytes(StandardCharsets.US_ASCII);
    static final int PACK_HEADER = PACK_MAGIC.length + 8;
    private static final int KEY_BYTES = 32;
    static final int RECORD_HEADER = KEY_BYTES + 8;
    private static final int INDEX_ENTRY = KEY_BYTES + 16;
    private static final int INDEX_PACK = 12;
    static final String INDEX = "index.bin";
    /** A build appends to the newest pack only while it is smaller than this. */
    static final long APPEND_LIMIT = 64L << 20;
    /** A pack is not made larger than this (unless by its first record). */
    static final long PACK_LIMIT = 1L << 30;
    private static final Pattern PACK_NAME = Pattern.compile("pack-([0-9]{1,9})\\.bin");
    private static final Pattern OLD_FOLDER = Pattern.compile("[0-9a-f]{2}");

    /** Where a record is: its pack, offset and length (record header included). */
    private record Loc(Pack pack, long offset, int length) {
    }

    /** One pack file. */
    private static final class Pack {
        final int id;
        final Path file;
        /** The pack's length in the index it was read from (its header's length for a new pack). */
        final long committed;
        /** Where this build's next record goes (guarded by the cache's lock). */
        long end;
        /** Whether this build writes to it. */
        boolean appended;
        /** The bytes of live records (used by the commit only). */
        long live;
        volatile FileChannel writer;
        private FileChannel reader;
        private boolean unreadable;
        private boolean closed;

        Pack(int id, Path file, long committed) {
            this.id = id;
            this.file = file;
            this.committed = committed;
            this.end = committed;
        }

        long size() {
            return appended ? end : committed;
        }

        /** The read-only channel, opened (and its header checked) on first use; null when unreadable. */
        synchronized FileChannel reader() {
            if (reader != null && reader.isOpen()) {
                return reader;
            }
            if (unreadable || closed) {
                return null;
            }
            FileChannel ch = null;
            try {
                ch = FileChannel.open(file, StandardOpenOption.READ);
                if (!headerMatches(ch, id)) {
                    throw new IOException("not a pack of this version");
                }
                reader = ch;
                return ch;
            } catch (IOException | RuntimeException e) {
                closeQuietly(ch);
                unreadable = !(e instanceof ClosedChannelException);
                return null;
            }
        }

        synchronized void close() {
            closed = true;
            closeQuietly(reader);
            closeQuietly(writer);
        }
    }

    /** A record the new index lists (built by the commit). */
    private static final class Live {
        final byte[] key;
        Pack pack;
        long offset;
        final int length;

        Live(byte[] key, Pack pack, long offset, int length) {
            this.key = key;
            this.pack = pack;
            this.offset = offset;
            this.length = length;
        }
    }

    private final Path dir;
    private final byte[] tool;
    /** The previous build's index file as read (entries from {@link #entriesAt}), or empty. */
    private final byte[] index;
    private final ByteBuffer indexView;
    private final int entriesAt;
    private final int count;
    /** The previous index's packs, in its order. */
    private final Pack[] previousPacks;
    /** One bit per entry of the previous index: read by this build. */
    private final AtomicLongArray used;
    /** Entries written by this build. */
    private final Map<String, Loc> written = new ConcurrentHashMap<>();
    /** Packs created by this build (guarded by this). */
    private final List<Pack> created = new ArrayList<>();
    /** The pack this build appends to (guarded by this). */
    private Pack append;
    private volatile boolean closed;

    private ParseCache(Path dir, byte[] tool) {
        this.dir = dir;
        this.tool = tool;
        byte[] bytes = readIndex(dir.resolve(INDEX));
        if (bytes == null) {
            bytes = new byte[0];
        }
        ByteBuffer view = ByteBuffer.wrap(bytes);
        int packs = bytes.length == 0 ? 0 : view.getInt(INDEX_MAGIC.length + 4);
        this.index = bytes;
        this.indexView = view;
        this.previousPacks = new Pack[packs];
        int at = INDEX_MAGIC.length + 8;
        for (int i = 0; i < packs; i++, at += INDEX_PACK) {
            int id = view.getInt(at);
            previousPacks[i] = new Pack(id, dir.resolve(packName(id)), view.getLong(at + 4));
        }
        this.count = bytes.length == 0 ? 0 : view.getInt(at);
        this.entriesAt = at + 4;
        this.used = new AtomicLongArray((count + 63) / 64);
    }

    /** The cache folder of a site folder: {@code <output>.cache}, its sibling. */
    static Path folderFor(Path output) {
        Path out = output.toAbsolutePath().normalize();
        return out.resolveSibling(out.getFileName() + ".cache");
    }

    static ParseCache open(Path output) {
        return open(output, toolFingerprint());
    }

    /** @param tool the running tool's {@link #toolFingerprint()} */
    static ParseCache open(Path output, byte[] tool) {
        return new ParseCache(folderFor(output).resolve("parse"), tool);
    }

    /** The key of one input file. */
    String key(String shownName, String fileName, byte[] bytes) {
        return key(shownName, fileName, org.pressarchive.ingest.SourceReader.sha256(bytes));
    }

    /** The key of an input given its bytes' SHA-256 (which the reader needs too: the bytes are hashed once). */
    String key(String shownName, String fileName, String bytesSha256) {
        MessageDigest md = sha256();
        md.update(tool);
        md.update((FORMAT + "\0" + shownName + "\0" + fileName + "\0" + bytesSha256).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(md.digest());
    }

    Optional<Entry> get(String key) {
        byte[] record = record(key);
        if (record == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(decode(record, RECORD_HEADER, record.length - RECORD_HEADER));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The head and facts of an entry's release (or the reader's warnings when it has none), without
     * decoding its paragraphs: what a build needs of an unchanged input.
     */
    Optional<Head> getHead(String key) {
        byte[] record = record(key);
        if (record == null) {
            return Optional.empty();
        }
        try {
            CodecInput in = new CodecInput(record, RECORD_HEADER, record.length - RECORD_HEADER);
            List<Warning> warnings = warnings(in);
            return Optional.of(in.readBoolean() ? new Head(ReleaseCodec.readHead(in), warnings) : new Head(null, warnings));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Stores an entry; a failure to write only costs a parse next time.
     *
     * @return whether the entry is now in the cache
     */
    boolean put(String key, Entry entry) {
        return put(key, entry, entry.release() == null ? null : ReleaseStore.Facts.of(entry.release()));
    }

    /** Stores an entry with its release's facts (computed by the caller). */
    boolean put(String key, Entry entry, ReleaseStore.Facts facts) {
        byte[] k = keyBytes(key);
        if (k == null || closed) {
            return false;
        }
        byte[] payload = encode(entry, facts);
        if (payload.length > Integer.MAX_VALUE - RECORD_HEADER - PACK_HEADER) {
            return false;
        }
        ByteBuffer record = ByteBuffer.allocate(RECORD_HEADER + payload.length);
        record.put(k).putInt(payload.length).putInt(crc(payload, 0, payload.length)).put(payload).flip();
        try {
            Loc loc = reserve(record.remaining());
            FileChannel ch = loc.pack().writer;
            while (record.hasRemaining()) {
                ch.write(record, loc.offset() + record.position());
            }
            written.put(key, loc);
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static byte[] encode(Entry entry) {
        return encode(entry, entry.release() == null ? null : ReleaseStore.Facts.of(entry.release()));
    }

    static byte[] encode(Entry entry, ReleaseStore.Facts facts) {
        CodecOutput out = new CodecOutput(8192);
        out.writeInt(entry.warnings().size());
        for (Warning w : entry.warnings()) {
            out.writeInt(w.line());
            out.string(w.message());
        }
        out.writeBoolean(entry.release() != null);
        if (entry.release() != null) {
            ReleaseCodec.write(out, entry.release(), facts);
        }
        return out.toByteArray();
    }

    static Entry decode(byte[] bytes) throws IOException {
        return decode(bytes, 0, bytes.length);
    }

    private static Entry decode(byte[] bytes, int offset, int length) throws IOException {
        CodecInput in = new CodecInput(bytes, offset, length);
        List<Warning> warnings = warnings(in);
        Release release = in.readBoolean() ? ReleaseCodec.read(in) : null;
        if (!in.atEnd()) {
            throw new IOException("trailing bytes");
        }
        return new Entry(release, warnings);
    }

    private static List<Warning> warnings(CodecInput in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1_000_000) {
            throw new IOException("corrupt entry");
        }
        List<Warning> warnings = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            warnings.add(new Warning(in.readInt(), in.string()));
        }
        return warnings;
    }

    // ---- reading

    /** The checked bytes of a key's record (header included), or null; marks a previous entry as used. */
    private byte[] record(String key) {
        if (closed) {
            return null;
        }
        byte[] k = keyBytes(key);
        if (k == null) {
            return null;
        }
        Loc loc = written.get(key);
        int i = -1;
        if (loc == null) {
            i = search(k);
            if (i < 0) {
                return null;
            }
            loc = previousLoc(i);
        }
        byte[] record = read(loc, k);
        if (record != null && i >= 0) {
            long bit = 1L << (i & 63);
            if ((used.get(i >>> 6) & bit) == 0) {
                used.getAndAccumulate(i >>> 6, bit, (a, b) -> a | b);
            }
        }
        return record;
    }

    /**
     * Keeps a previous entry for the next build without reading it, when the caller already holds
     * what it gives (a watching process keeps the heads of its previous build in memory).
     *
     * @return whether the cache has the entry (from an earlier build or this one)
     */
    boolean retain(String key) {
        if (closed) {
            return false;
        }
        byte[] k = keyBytes(key);
        if (k == null) {
            return false;
        }
        if (written.containsKey(key)) {
            return true;
        }
        int i = search(k);
        if (i < 0) {
            return false;
        }
        long bit = 1L << (i & 63);
        if ((used.get(i >>> 6) & bit) == 0) {
            used.getAndAccumulate(i >>> 6, bit, (a, b) -> a | b);
        }
        return true;
    }

    /** The record at a place, if it is whole and the key's: else null. */
    private static byte[] read(Loc loc, byte[] key) {
        for (int attempt = 0; attempt < 2; attempt++) {
            FileChannel ch = loc.pack().reader();
            if (ch == null) {
                return null;
            }
            byte[] record = new byte[loc.length()];
            ByteBuffer buf = ByteBuffer.wrap(record);
            try {
                while (buf.hasRemaining()) {
                    if (ch.read(buf, loc.offset() + buf.position()) < 0) {
                        return null;
                    }
                }
            } catch (ClosedChannelException e) {
                // closed by another thread's interrupt: opened again once, unless this thread is the interrupted one
                if (Thread.currentThread().isInterrupted()) {
                    return null;
                }
                continue;
            } catch (IOException | RuntimeException e) {
                return null;
            }
            return intact(record, key) ? record : null;
        }
        return null;
    }

    /** Whether a record holds the key, its own length and bytes that match its CRC. */
    private static boolean intact(byte[] record, byte[] key) {
        if (record.length < RECORD_HEADER || !Arrays.equals(record, 0, KEY_BYTES, key, 0, KEY_BYTES)) {
            return false;
        }
        ByteBuffer b = ByteBuffer.wrap(record);
        int n = b.getInt(KEY_BYTES);
        return n == record.length - RECORD_HEADER && b.getInt(KEY_BYTES + 4) == crc(record, RECORD_HEADER, n);
    }

    /** The position of a key in the previous index, or -1. */
    private int search(byte[] key) {
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int at = entriesAt + mid * INDEX_ENTRY;
            int c = Arrays.compareUnsigned(index, at, at + KEY_BYTES, key, 0, KEY_BYTES);
            if (c < 0) {
                lo = mid + 1;
            } else if (c > 0) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    private Loc previousLoc(int i) {
        int at = entriesAt + i * INDEX_ENTRY + KEY_BYTES;
        return new Loc(previousPacks[indexView.getInt(at)], indexView.getLong(at + 4), indexView.getInt(at + 12));
    }

    /**
     * The previous index's bytes if they are a whole index of this version that makes sense
     * (packs and entries in bounds, keys in strictly increasing order), else null.
     */
    private static byte[] readIndex(Path file) {
        byte[] b;
        try {
            b = Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        try {
            int head = INDEX_MAGIC.length;
            if (b.length < head + 16 || !Arrays.equals(b, 0, head, INDEX_MAGIC, 0, head)
                    || crc(b, 0, b.length - 4) != ByteBuffer.wrap(b).getInt(b.length - 4)) {
                return null;
            }
            ByteBuffer v = ByteBuffer.wrap(b);
            if (v.getInt(head) != PACK_VERSION) {
                return null;
            }
            int packs = v.getInt(head + 4);
            if (packs < 0 || packs > (b.length - head - 16) / INDEX_PACK) {
                return null;
            }
            int at = head + 8;
            long[] lengths = new long[packs];
            Set<Integer> ids = new HashSet<>();
            for (int i = 0; i < packs; i++, at += INDEX_PACK) {
                int id = v.getInt(at);
                lengths[i] = v.getLong(at + 4);
                if (id <= 0 || !ids.add(id) || lengths[i] < PACK_HEADER) {
                    return null;
                }
            }
            int n = v.getInt(at);
            at += 4;
            if (n < 0 || (long) n * INDEX_ENTRY != b.length - 4 - at) {
                return null;
            }
            for (int i = 0; i < n; i++, at += INDEX_ENTRY) {
                if (i > 0 && Arrays.compareUnsigned(b, at - INDEX_ENTRY, at - INDEX_ENTRY + KEY_BYTES,
                        b, at, at + KEY_BYTES) >= 0) {
                    return null;
                }
                int pack = v.getInt(at + KEY_BYTES);
                long offset = v.getLong(at + KEY_BYTES + 4);
                int length = v.getInt(at + KEY_BYTES + 12);
                if (pack < 0 || pack >= packs || offset < PACK_HEADER || length < RECORD_HEADER
                        || offset + length > lengths[pack]) {
                    return null;
                }
            }
            return b;
        } catch (RuntimeException e) {
            return null;
        }
    }

    // ---- writing

    /** A place for a record at the end of the append pack, opening or creating the pack if needed. */
    private synchronized Loc reserve(int length) throws IOException {
        if (closed) {
            throw new ClosedChannelException();
        }
        if (append == null) {
            append = appendPack();
        } else if (append.end + length > PACK_LIMIT && append.end > PACK_HEADER) {
            append = newPack();
        }
        FileChannel w = append.writer;
        if (w == null || !w.isOpen()) {
            // closed by an interrupt: the pack is whole up to what other threads reserved
            append.writer = FileChannel.open(append.file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        }
        Loc loc = new Loc(append, append.end, length);
        append.end += length;
        return loc;
    }

    /** The newest pack if it is small and whole (a failed build's tail cut off), else a new one. */
    private Pack appendPack() throws IOException {
        Pack newest = null;
        for (Pack p : previousPacks) {
            if (newest == null || p.id > newest.id) {
                newest = p;
            }
        }
        if (newest != null && newest.committed < APPEND_LIMIT) {
            FileChannel ch = null;
            try {
                ch = FileChannel.open(newest.file, StandardOpenOption.READ, StandardOpenOption.WRITE);
                long size = ch.size();
                if (headerMatches(ch, newest.id) && size >= newest.committed) {
                    if (size > newest.committed) {
                        ch.truncate(newest.committed);
                    }
                    newest.writer = ch;
                    newest.appended = true;
                    return newest;
                }
            } catch (IOException | RuntimeException e) {
                // a new pack instead
            }
            closeQuietly(ch);
        }
        return newPack();
    }

    /** A new, empty pack whose number no pack of the index or file of the folder has. */
    private Pack newPack() throws IOException {
        Files.createDirectories(dir);
        int id = 0;
        for (Pack p : previousPacks) {
            id = Math.max(id, p.id);
        }
        for (Pack p : created) {
            id = Math.max(id, p.id);
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = PACK_NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    id = Math.max(id, Integer.parseInt(m.group(1)));
                }
            }
        }
        while (true) {
            id++;
            if (id <= 0) {
                throw new IOException("no pack number left");
            }
            Path file = dir.resolve(packName(id));
            FileChannel ch;
            try {
                ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                continue;
            }
            try {
                ByteBuffer header = ByteBuffer.allocate(PACK_HEADER);
                header.put(PACK_MAGIC).putInt(PACK_VERSION).putInt(id).flip();
                while (header.hasRemaining()) {
                    ch.write(header, header.position());
                }
            } catch (IOException | RuntimeException e) {
                closeQuietly(ch);
                Files.deleteIfExists(file);
                throw e;
            }
            Pack p = new Pack(id, file, PACK_HEADER);
            p.writer = ch;
            p.appended = true;
            created.add(p);
            return p;
        }
    }

    // ---- the end of a build

    /**
     * Ends a successful build: writes the index of the entries this build read or wrote (inputs
     * removed or changed and older tool versions are dropped), compacts sparse packs, deletes what
     * the index does not name, and closes the cache. A failure leaves work for the next build, never
     * an error.
     */
    void commit() {
        synchronized (this) {
            if (closed) {
                return;
            }
            try {
                List<Live> live = live();
                compact(live);
                Set<Pack> kept = new HashSet<>();
                for (Live e : live) {
                    kept.add(e.pack);
                }
                List<Pack> packs = new ArrayList<>(kept);
                packs.sort(Comparator.comparingInt(p -> p.id));
                byte[] bytes = indexBytes(packs, live);
                boolean saved;
                if (Arrays.equals(bytes, index)) {
                    saved = true;
                } else if (live.isEmpty() && !Files.isDirectory(dir)) {
                    saved = false;
                } else {
                    saved = CacheFiles.replace(dir.resolve(INDEX), out -> out.write(bytes));
                }
                close();
                if (saved) {
                    Set<String> names = new HashSet<>();
                    names.add(INDEX);
                    for (Pack p : packs) {
                        names.add(p.file.getFileName().toString());
                    }
                    deleteAllBut(names);
                }
            } catch (RuntimeException e) {
                // left for the next build
            } finally {
                close();
            }
        }
    }

    /** Closes the packs without changing the index (the end of a failed build); idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Pack p : previousPacks) {
            p.close();
        }
        for (Pack p : created) {
            p.close();
        }
    }

    /** The entries this build read or wrote, sorted by key, each with its pack's live bytes counted. */
    private List<Live> live() {
        List<Live> mine = new ArrayList<>(written.size());
        for (Map.Entry<String, Loc> e : written.entrySet()) {
            Loc loc = e.getValue();
            mine.add(new Live(HexFormat.of().parseHex(e.getKey()), loc.pack(), loc.offset(), loc.length()));
        }
        mine.sort((a, b) -> Arrays.compareUnsigned(a.key, b.key));
        List<Live> live = new ArrayList<>(mine.size() + count);
        int j = 0;
        for (int i = 0; i < count; i++) {
            if ((used.get(i >>> 6) & (1L << (i & 63))) == 0) {
                continue;
            }
            int at = entriesAt + i * INDEX_ENTRY;
            byte[] key = Arrays.copyOfRange(index, at, at + KEY_BYTES);
            int c = -1;
            while (j < mine.size() && (c = Arrays.compareUnsigned(mine.get(j).key, key)) < 0) {
                live.add(mine.get(j++));
            }
            if (j < mine.size() && c == 0) {
                continue;  // written again by this build
            }
            Loc loc = previousLoc(i);
            live.add(new Live(key, loc.pack(), loc.offset(), loc.length()));
        }
        while (j < mine.size()) {
            live.add(mine.get(j++));
        }
        for (Live e : live) {
            e.pack.live += e.length;
        }
        return live;
    }

    /**
     * Copies the live records of every pack that is more than half dead into one new pack (checking
     * each; one that fails is dropped). On a failure to write, the packs stay as they are.
     */
    private void compact(List<Live> live) {
        List<Live> moved = new ArrayList<>();
        for (Live e : live) {
            if (e.pack.live * 2 < e.pack.size() - PACK_HEADER) {
                moved.add(e);
            }
        }
        if (moved.isEmpty()) {
            return;
        }
        moved.sort(Comparator.<Live>comparingInt(e -> e.pack.id).thenComparingLong(e -> e.offset));
        Pack target = null;
        try {
            target = newPack();
            FileChannel out = target.writer;
            ByteBuffer buf = ByteBuffer.allocate(1 << 20);
            long flushed = PACK_HEADER;
            long next = PACK_HEADER;
            Set<Live> lost = new HashSet<>();
            long[] at = new long[moved.size()];
            for (int i = 0; i < moved.size(); i++) {
                Live e = moved.get(i);
                byte[] record = read(new Loc(e.pack, e.offset, e.length), e.key);
                if (record == null) {
                    lost.add(e);
                    continue;
                }
                if (record.length > buf.remaining()) {
                    flushed = writeAt(out, buf.flip(), flushed);
                    buf.clear();
                }
                if (record.length > buf.capacity()) {
                    flushed = writeAt(out, ByteBuffer.wrap(record), flushed);
                } else {
                    buf.put(record);
                }
                at[i] = next;
                next += record.length;
            }
            writeAt(out, buf.flip(), flushed);
            target.end = next;
            for (int i = 0; i < moved.size(); i++) {
                Live e = moved.get(i);
                if (!lost.contains(e)) {
                    e.pack = target;
                    e.offset = at[i];
                }
            }
            live.removeAll(lost);
        } catch (IOException | RuntimeException e) {
            if (target != null) {
                target.close();
                created.remove(target);
                try {
                    Files.deleteIfExists(target.file);
                } catch (IOException ignored) {
                    // an orphan, deleted by the next commit
                }
            }
        }
    }

    /** Writes a buffer's remaining bytes at a position; @return the position after them. */
    private static long writeAt(FileChannel out, ByteBuffer buf, long at) throws IOException {
        long pos = at;
        while (buf.hasRemaining()) {
            pos += out.write(buf, pos);
        }
        return pos;
    }

    private byte[] indexBytes(List<Pack> packs, List<Live> live) {
        Map<Pack, Integer> numbers = new java.util.IdentityHashMap<>();
        for (int i = 0; i < packs.size(); i++) {
            numbers.put(packs.get(i), i);
        }
        ByteBuffer b = ByteBuffer.allocate(INDEX_MAGIC.length + 12 + packs.size() * INDEX_PACK
                + live.size() * INDEX_ENTRY + 4);
        b.put(INDEX_MAGIC).putInt(PACK_VERSION).putInt(packs.size());
        for (Pack p : packs) {
            b.putInt(p.id).putLong(p.size());
        }
        b.putInt(live.size());
        for (Live e : live) {
            b.put(e.key).putInt(numbers.get(e.pack)).putLong(e.offset).putInt(e.length);
        }
        b.putInt(crc(b.array(), 0, b.position()));
        return b.array();
    }

    /** Deletes every file of the folder but the named ones, and the folders of the old one-file-per-entry format. */
    private void deleteAllBut(Set<String> names) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (names.contains(name)) {
                    continue;
                }
                if (Files.isDirectory(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    if (OLD_FOLDER.matcher(name).matches()) {
                        deleteTree(f);
                    }
                } else {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // left for the next build
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }

    // ---- helpers

    /** A key's 32 bytes, or null if it is not 64 lower-case hex digits (not a key of {@link #key}). */
    private static byte[] keyBytes(String key) {
        if (key == null || key.length() != 2 * KEY_BYTES) {
            return null;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return null;
            }
        }
        return HexFormat.of().parseHex(key);
    }

    private static String packName(int id) {
        return "pack-" + id + ".bin";
    }

    private static boolean headerMatches(FileChannel ch, int id) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(PACK_HEADER);
        while (b.hasRemaining()) {
            if (ch.read(b, b.position()) < 0) {
                return false;
            }
        }
        return Arrays.equals(b.array(), 0, PACK_MAGIC.length, PACK_MAGIC, 0, PACK_MAGIC.length)
                && b.getInt(PACK_MAGIC.length) == PACK_VERSION && b.getInt(PACK_MAGIC.length + 4) == id;
    }

    private static int crc(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@link #toolFingerprint()}, remembered in {@code tool.tsv} of the cache folder against the
     * jar's path, size and modification time, so that a build does not hash its own 14 MB jar
     * every time (a class folder is always hashed).
     */
    static byte[] toolFingerprint(Path cacheFolder) {
        try {
            Path code = Path.of(ParseCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(code,
                        java.nio.file.attribute.BasicFileAttributes.class);
                String stamp = code.toAbsolutePath() + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis();
                Path f = cacheFolder.resolve("tool.tsv");
                if (Files.isRegularFile(f)) {
                    String[] lines = Files.readString(f, StandardCharsets.UTF_8).split("\n");
                    if (lines.length == 2 && lines[0].equals(stamp) && lines[1].matches("[0-9a-f]{32}")) {
                        return HexFormat.of().parseHex(lines[1]);
                    }
                }
                byte[] digest = toolFingerprint();
                CacheFiles.replace(f, stamp + "\n" + HexFormat.of().formatHex(digest));
                return digest;
            }
        } catch (URISyntaxException | IOException | RuntimeException e) {
            // fall through to hashing
        }
        return toolFingerprint();
    }

    /**
     * A digest of the running tool: its jar's bytes, or every file of its class folder (tests and
     * IDE runs). The version number alone is not enough: development builds share one.
     */
    static byte[] toolFingerprint() {
        com.google.common.hash.Hasher md = org.pressarchive.site.ContentDigest.hasher();
        try {
            Path code = Path.of(ParseCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                digest(md, code);
            } else {
                try (Stream<Path> files = Files.walk(code)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        md.putString(code.relativize(f).toString(), StandardCharsets.UTF_8);
                        digest(md, f);
                    }
                }
            }
        } catch (URISyntaxException | IOException | RuntimeException e) {
            // unknown code: a fresh random key, so nothing is ever reused
            md.putLong(System.nanoTime());
        }
        return md.hash().asBytes();
    }

    private static void digest(com.google.common.hash.Hasher md, Path f) throws IOException {
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.putBytes(buf, 0, n);
            }
        }
    }
}
