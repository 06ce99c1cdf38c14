package org.pressarchive.build;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;


import org.pressarchive.model.Release;
import org.pressarchive.model.Warning;

/**
 * Parse results of earlier builds, keyed by a content hash of everything a parse depends on: the
 * tool's own code and data (a digest of its jar or class folder, so a changed parser never reuses
 * an old result), the file's shown name and name, and its bytes. Kept as one small binary file ({@link ReleaseCodec}) per
 * key in {@code <output>.cache/parse/}, beside the output folder and never inside it; entries no
 * build used are deleted after a successful build. A missing, unreadable or corrupt entry is
 * simply parsed again, so deleting the cache folder is always safe.
 */
final class ParseCache {
    /** What parsing one file gave: a release, or none and the reader's warnings. */
    record Entry(Release release, List<Warning> warnings) {
        Entry {
            warnings = warnings == null ? List.of() : List.copyOf(warnings);
        }
    }

    private static final String FORMAT = "parse-cache-2";
    private final Path dir;
    private final byte[] tool;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    private ParseCache(Path dir, byte[] tool) {
        this.dir = dir;
        this.tool = tool;
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
        MessageDigest md = sha256();
        md.update(tool);
        md.update((FORMAT + "\0" + shownName + "\0" + fileName + "\0").getBytes(StandardCharsets.UTF_8));
        md.update(bytes);
        return HexFormat.of().formatHex(md.digest());
    }

    Optional<Entry> get(String key) {
        used.add(key);
        Path f = file(key);
        try {
            return Optional.of(decode(Files.readAllBytes(f)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
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
        return put(key, entry, entry.release() == null ? null : org.pressarchive.site.ReleaseStore.Facts.of(entry.release()));
    }

    /** Stores an entry with its release's facts (computed by the caller). */
    boolean put(String key, Entry entry, org.pressarchive.site.ReleaseStore.Facts facts) {
        used.add(key);
        byte[] bytes = encode(entry, facts);
        return CacheFiles.replace(file(key), out -> out.write(bytes));
    }

    /**
     * The head and facts of an entry's release (or the reader's warnings when it has none), without
     * decoding its paragraphs: what a build needs of an unchanged input.
     */
    Optional<Head> getHead(String key) {
        used.add(key);
        try {
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(Files.readAllBytes(file(key))));
            List<Warning> warnings = warnings(in);
            return Optional.of(in.readBoolean() ? new Head(ReleaseCodec.readHead(in), warnings) : new Head(null, warnings));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What {@link #getHead} gives: a release's head and facts, or none and the reader's warnings. */
    record Head(ReleaseCodec.Head release, List<Warning> warnings) {
    }

    static byte[] encode(Entry entry) {
        return encode(entry, entry.release() == null ? null : org.pressarchive.site.ReleaseStore.Facts.of(entry.release()));
    }

    static byte[] encode(Entry entry, org.pressarchive.site.ReleaseStore.Facts facts) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(8192);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(entry.warnings().size());
            for (Warning w : entry.warnings()) {
                out.writeInt(w.line());
                ReleaseCodec.string(out, w.message());
            }
            out.writeBoolean(entry.release() != null);
            if (entry.release() != null) {
                ReleaseCodec.write(out, entry.release(), facts);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Entry decode(byte[] bytes) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
        List<Warning> warnings = warnings(in);
        Release release = in.readBoolean() ? ReleaseCodec.read(in) : null;
        if (in.read() != -1) {
            throw new IOException("trailing bytes");
        }
        return new Entry(release, warnings);
    }

    private static List<Warning> warnings(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1_000_000) {
            throw new IOException("corrupt entry");
        }
        List<Warning> warnings = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            warnings.add(new Warning(in.readInt(), ReleaseCodec.string(in)));
        }
        return warnings;
    }

    /** Deletes the entries this build did not use (inputs removed or changed, older tool versions). */
    void prune() {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> !used.contains(stripJson(f.getFileName().toString())))
                    .forEach(f -> {
                        try {
                            Files.deleteIfExists(f);
                        } catch (IOException e) {
                            // left for the next build
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            // left for the next build
        }
    }

    private static String stripJson(String name) {
        return name.endsWith(".bin") ? name.substring(0, name.length() - 4) : name;
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".bin");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A digest of the running tool: its jar's bytes, or every file of its class folder (tests and
     * IDE runs). The version number alone is not enough: development builds share one.
     */
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
                    if (lines.length == 2 && lines[0].equals(stamp) && lines[1].matches("[0-9a-f]{64}")) {
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

    static byte[] toolFingerprint() {
        MessageDigest md = sha256();
        try {
            Path code = Path.of(ParseCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                digest(md, code);
            } else {
                try (Stream<Path> files = Files.walk(code)) {
                    for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                        md.update(code.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                        digest(md, f);
                    }
                }
            }
        } catch (URISyntaxException | IOException | RuntimeException e) {
            // unknown code: a fresh random key, so nothing is ever reused
            md.update(Long.toString(System.nanoTime()).getBytes(StandardCharsets.UTF_8));
        }
        return md.digest();
    }

    private static void digest(MessageDigest md, Path f) throws IOException {
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
    }
}
