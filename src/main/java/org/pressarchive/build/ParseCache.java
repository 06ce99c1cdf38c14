package org.pressarchive.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.pressarchive.model.Release;
import org.pressarchive.model.Warning;

/**
 * Parse results of earlier builds, keyed by a content hash of everything a parse depends on: the
 * tool's own code and data (a digest of its jar or class folder, so a changed parser never reuses
 * an old result), the file's shown name and name, and its bytes. Kept as one small JSON file per
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

    private static final String FORMAT = "parse-cache-1";
    private final ObjectMapper mapper = JsonMapper.builder().build();
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
            return Optional.of(mapper.readValue(Files.readAllBytes(f), Entry.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | JacksonException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** Stores an entry; a failure to write only costs a parse next time. */
    void put(String key, Entry entry) {
        used.add(key);
        Path f = file(key);
        try {
            Files.createDirectories(f.getParent());
            Path tmp = Files.createTempFile(f.getParent(), key, ".tmp");
            Files.write(tmp, mapper.writeValueAsBytes(entry));
            Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | JacksonException e) {
            // the cache is an optimisation only (a leftover .tmp file is pruned by the next build)
        }
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
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
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
