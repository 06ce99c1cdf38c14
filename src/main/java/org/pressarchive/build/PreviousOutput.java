package org.pressarchive.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.pressarchive.render.PreviousBuild;
import org.pressarchive.write.SiteWriter;

/**
 * The previous build of an output folder, as output sets see it: its files (only if the folder
 * is press-archive's, with its marker) and the versions they recorded, kept in the cache folder as
 * {@code versions-<name>.tsv} and replaced after a successful build.
 */
final class PreviousOutput implements PreviousBuild {
    private final Path output;
    private final Path cache;
    private final boolean present;
    private final Map<String, Map<String, String>> recorded = new ConcurrentHashMap<>();
    /** What the previous build wrote, or null. */
    private final OutputManifest manifest;

    PreviousOutput(Path output, Path cache) {
        this(output, cache, null);
    }

    PreviousOutput(Path output, Path cache, OutputManifest manifest) {
        this.output = output.toAbsolutePath().normalize();
        this.cache = cache;
        this.present = Files.isRegularFile(this.output.resolve(SiteWriter.MARKER));
        this.manifest = manifest;
    }

    @Override
    public boolean untouched(String path, String key) {
        return present && manifest != null && manifest.asLeft(path, key);
    }

    @Override
    public byte[] file(String path) {
        if (!present || path.contains("..") || path.startsWith("/")) {
            return null;
        }
        try {
            Path p = output.resolve(path);
            return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(p) : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public java.nio.channels.FileChannel open(String path) {
        if (!present || path.contains("..") || path.startsWith("/")) {
            return null;
        }
        try {
            Path p = output.resolve(path);
            return Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? java.nio.channels.FileChannel.open(p) : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public List<String> files(String folder) {
        List<String> out = new ArrayList<>();
        Path dir = output.resolve(folder);
        if (!present || !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        java.util.Set<String> known = manifest == null ? null : manifest.knownFiles();
        if (known != null) {
            String prefix = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
            for (String path : known) {
                if (path.startsWith(prefix) && path.length() > prefix.length()) {
                    out.add(path);
                }
            }
            out.sort(null);
            return out;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .map(f -> output.relativize(f).toString().replace(java.io.File.separatorChar, '/'))
                    .sorted().forEach(out::add);
        } catch (IOException | java.io.UncheckedIOException e) {
            out.clear();
        }
        return out;
    }

    @Override
    public Map<String, String> versions(String name) {
        Map<String, String> m = new LinkedHashMap<>();
        Path f = cache.resolve("versions-" + name + ".tsv");
        if (!present || !Files.isRegularFile(f)) {
            return m;
        }
        try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
            lines.forEach(l -> {
                int tab = l.indexOf('\t');
                if (tab > 0) {
                    m.put(l.substring(0, tab), l.substring(tab + 1));
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            m.clear();
        }
        return m;
    }

    @Override
    public void record(String name, Map<String, String> versions) {
        recorded.put(name, new LinkedHashMap<>(versions));
    }

    /** Saves what output sets recorded, after the commit; a failure costs a full search build next time. */
    void save() {
        recorded.forEach((name, versions) -> {
            StringBuilder sb = new StringBuilder();
            versions.forEach((k, v) -> sb.append(k).append('\t').append(v).append('\n'));
            CacheFiles.replace(cache.resolve("versions-" + name + ".tsv"), sb.toString());
        });
    }
}
