package org.pressarchive.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.pressarchive.render.RenderMemo;
import org.pressarchive.write.SiteWriter;

/**
 * What the previous build wrote, kept in {@code <output>.cache/outputs.tsv}: each file's size,
 * digest ({@link org.pressarchive.site.ContentDigest}) and modification time, and the render memo
 * (page key → digest of its bytes). It lets a
 * build tell that a file is unchanged without reading the old bytes, and fetch an earlier page's
 * bytes by digest. It is only trusted for files whose size and modification time are still the
 * recorded ones, and bytes fetched by digest are checked against it, so a hand-edited output never
 * leaks into a build.
 */
final class OutputManifest {
    private static final String HEADER = "press-archive outputs 3";

    /** A file of a build: size, digest ({@code -} when not computed), modification time, task key or {@code -}. */
    private record FileEntry(long size, String sha, long mtime, String key) {
    }

    private final Path output;
    private final Map<String, FileEntry> previous;
    private final Map<String, String> previousMemo;
    private final Map<String, String> pathBySha = new HashMap<>();
    private static final String NONE = "-";
    /** The modification time of a file this build wrote: read when the manifest is saved. */
    private static final long UNKNOWN = Long.MIN_VALUE;
    private final Map<String, FileEntry> files = new ConcurrentHashMap<>();
    /**
     * When the previous build's files are known to be as it left them but for these paths (a
     * watching process saw every change since that build began: {@link OutputWatch}); else null.
     */
    private final Set<String> touched;

    private OutputManifest(Path output, Map<String, FileEntry> previous, Map<String, String> previousMemo,
                           Set<String> touched) {
        this.output = output;
        this.previous = previous;
        this.previousMemo = previousMemo;
        this.touched = touched;
        previous.forEach((path, e) -> {
            if (!e.sha().equals(NONE)) {
                pathBySha.putIfAbsent(e.sha(), path);
            }
        });
    }

    private static Path file(Path output) {
        return ParseCache.folderFor(output).resolve("outputs.tsv");
    }

    /**
     * What a build's saved manifest holds, for the next build in the same process: used instead of
     * reading the file again while the file is still the one saved (same size and time).
     */
    record Memory(Path file, long size, long mtime, Map<String, FileEntry> files, Map<String, String> memo) {
    }

    private Memory saved;

    /** The manifest this build saved, or null (not saved, or saving failed). */
    Memory memory() {
        return saved;
    }

    /**
     * As {@link #load(Path)}, from {@code memory} when it is what the file still holds.
     *
     * @param touched when not null, the only paths of the output changed since the build that saved
     *                {@code memory} began (a watch saw the others untouched): the other files are
     *                trusted to be as recorded without looking at them
     */
    static OutputManifest load(Path output, Memory memory, Set<String> touched) {
        Path out = output.toAbsolutePath().normalize();
        if (memory != null && memory.file().equals(file(out)) && Files.isRegularFile(out.resolve(SiteWriter.MARKER))) {
            try {
                java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(memory.file(),
                        java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isRegularFile() && a.size() == memory.size() && a.lastModifiedTime().toMillis() == memory.mtime()) {
                    return new OutputManifest(out, memory.files(), memory.memo(), touched);
                }
            } catch (IOException e) {
                // read from the file, or start empty
            }
        }
        return load(output);
    }

    /** The manifest of the previous build of {@code output}, or an empty one. */
    static OutputManifest load(Path output) {
        Path out = output.toAbsolutePath().normalize();
        Map<String, FileEntry> files = new HashMap<>();
        Map<String, String> memo = new HashMap<>();
        Path f = file(out);
        if (Files.isRegularFile(out.resolve(SiteWriter.MARKER)) && Files.isRegularFile(f)) {
            try {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                if (text.startsWith(HEADER + "\n")) {
                    String[] p = new String[7];
                    for (int at = HEADER.length() + 1; at < text.length(); ) {
                        int end = text.indexOf('\n', at);
                        end = end < 0 ? text.length() : end;
                        int n = fields(text, at, end, p);
                        if (n == 6 && p[0].equals("F")) {
                            files.put(p[1], new FileEntry(Long.parseLong(p[2]), p[3], Long.parseLong(p[4]), p[5]));
                        } else if (n == 3 && p[0].equals("M")) {
                            memo.put(p[1], p[2]);
                        }
                        at = end + 1;
                    }
                }
            } catch (IOException | RuntimeException e) {
                files.clear();
                memo.clear();
            }
        }
        return new OutputManifest(out, files, memo, null);
    }

    /** Splits {@code text[from, to)} at tabs into {@code out}; returns the number of fields (more than fit: {@code out.length}). */
    private static int fields(String text, int from, int to, String[] out) {
        int n = 0;
        int at = from;
        while (n < out.length) {
            int tab = text.indexOf('\t', at);
            if (tab < 0 || tab >= to) {
                out[n++] = text.substring(at, to);
                return n;
            }
            out[n++] = text.substring(at, tab);
            at = tab + 1;
        }
        return n;
    }

    Map<String, String> previousMemo() {
        return previousMemo;
    }

    /** Whether the previous output has this very file, unchanged since the previous build. */
    boolean unchanged(String path, long size, String sha) {
        FileEntry e = previous.get(path);
        return e != null && e.size() == size && e.sha().equals(sha) && stillAsRecorded(path, e);
    }

    /**
     * Whether the previous build wrote {@code path} under this task key and the file is still as
     * it left it: then its bytes are this build's too, and it is recorded as such.
     */
    boolean reusable(String path, String key) {
        FileEntry e = previous.get(path);
        if (key == null || e == null || !e.key().equals(key) || !stillAsRecorded(path, e)) {
            return false;
        }
        files.put(path, e);
        return true;
    }

    /**
     * Whether the previous build recorded {@code path} under task key {@code key} and the file is
     * still as it left it (without recording anything for this build).
     */
    boolean asLeft(String path, String key) {
        FileEntry e = previous.get(path);
        return key != null && e != null && e.key().equals(key) && stillAsRecorded(path, e);
    }

    /** Records a file of the previous build kept as it is. */
    void keep(String path) {
        FileEntry e = previous.get(path);
        files.put(path, e != null ? e : new FileEntry(-1, NONE, UNKNOWN, NONE));
    }

    /**
     * Whether the previous build made {@code path} and it is known, without looking at it, to be
     * still as that build left it (see {@link #touched}).
     */
    boolean trusted(String path) {
        return touched != null && !touched.contains(path) && previous.containsKey(path);
    }

    /**
     * What the output holds besides root dotfiles, when that is known without listing it: the
     * previous build's files and whatever else was touched since; else null.
     */
    Set<String> knownFiles() {
        if (touched == null) {
            return null;
        }
        if (known == null) {
            Set<String> all = new java.util.HashSet<>(previous.keySet());
            for (String path : touched) {
                if (Files.exists(output.resolve(path), LinkOption.NOFOLLOW_LINKS)) {
                    all.add(path);
                } else {
                    all.remove(path);
                }
            }
            known = java.util.Collections.unmodifiableSet(all);
        }
        return known;
    }

    private Set<String> known;

    private boolean stillAsRecorded(String path, FileEntry e) {
        if (touched != null && !touched.contains(path)) {
            return true;
        }
        try {
            java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(output.resolve(path),
                    java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() && a.size() == e.size() && a.lastModifiedTime().toMillis() == e.mtime();
        } catch (IOException ex) {
            return false;
        }
    }

    /** The bytes of a previous output file with this digest, read and checked. */
    Optional<byte[]> previousBytes(String sha) {
        String path = pathBySha.get(sha);
        if (path == null) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(output.resolve(path));
            return RenderMemo.digest(bytes).equals(sha) ? Optional.of(bytes) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Records a file of this build (thread-safe).
     *
     * @param sha its digest, or null when not computed (streamed files)
     * @param key its task key, or null
     */
    void record(String path, long size, String sha, String key) {
        if (path.indexOf('\t') < 0 && path.indexOf('\n') < 0 && path.indexOf('\r') < 0) {
            files.put(path, new FileEntry(size, sha == null ? NONE : sha, UNKNOWN, key == null ? NONE : key));
        }
    }

    /**
     * Writes this build's manifest, after the output was committed; a failure only costs speed next
     * time. Lines are written as bytes, in no particular order (a rebuild in a watching process
     * writes tens of thousands of them after every edit).
     */
    void save(Map<String, String> memo) {
        Map<String, FileEntry> resolved = new ConcurrentHashMap<>(files.size() * 2);
        saved = null;
        // The files this build wrote are looked at for their time (a clean build: every file), on all cores.
        try {
            files.entrySet().parallelStream().forEach(e -> {
                FileEntry entry = e.getValue();
                if (entry.mtime() == UNKNOWN) {
                    try {
                        java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(output.resolve(e.getKey()),
                                java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                        entry = new FileEntry(a.size(), entry.sha(), a.lastModifiedTime().toMillis(), entry.key());
                    } catch (IOException ex) {
                        throw new java.io.UncheckedIOException(ex);
                    }
                }
                resolved.put(e.getKey(), entry);
            });
        } catch (java.io.UncheckedIOException e) {
            return; // a file is gone already: the next build looks at every file
        }
        boolean written = CacheFiles.replace(file(output), stream -> {
            stream.write((HEADER + "\n").getBytes(StandardCharsets.UTF_8));
            byte[] buf = new byte[1 << 16];
            int n = 0;
            for (Map.Entry<String, FileEntry> e : resolved.entrySet()) {
                String path = e.getKey();
                FileEntry entry = e.getValue();
                long size = entry.size();
                long mtime = entry.mtime();
                int room = 3 * (path.length() + entry.sha().length() + entry.key().length()) + 64;
                if (buf.length - n < room) {
                    stream.write(buf, 0, n);
                    n = 0;
                    if (buf.length < room) {
                        buf = new byte[room];
                    }
                }
                buf[n++] = 'F';
                buf[n++] = '\t';
                n = utf8(path, buf, n);
                buf[n++] = '\t';
                n = ascii(Long.toString(size), buf, n);
                buf[n++] = '\t';
                n = utf8(entry.sha(), buf, n);
                buf[n++] = '\t';
                n = ascii(Long.toString(mtime), buf, n);
                buf[n++] = '\t';
                n = utf8(entry.key(), buf, n);
                buf[n++] = '\n';
            }
            stream.write(buf, 0, n);
            for (Map.Entry<String, String> e : new TreeMap<>(memo).entrySet()) {
                stream.write(("M\t" + e.getKey() + "\t" + e.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
            }
        });
        if (written) {
            try {
                java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(file(output),
                        java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                saved = new Memory(file(output), a.size(), a.lastModifiedTime().toMillis(), resolved, Map.copyOf(memo));
            } catch (IOException e) {
                saved = null;
            }
        }
    }

    /** Puts {@code s} at {@code at} (room checked by the caller: at most 3 bytes per char); returns the end. */
    private static int utf8(String s, byte[] buf, int at) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                System.arraycopy(b, 0, buf, at - i, b.length); // restart this string, encoded whole
                return at - i + b.length;
            }
            buf[at++] = (byte) c;
        }
        return at;
    }

    private static int ascii(String s, byte[] buf, int at) {
        for (int i = 0; i < s.length(); i++) {
            buf[at++] = (byte) s.charAt(i);
        }
        return at;
    }
}
