package org.pressarchive.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each input file's size and modification time when a build last read it, with the parse cache
 * key its bytes gave ({@code inputs.tsv} in the cache folder). A file whose size and time are
 * unchanged is not read or hashed again, which is how make, rsync and most site generators tell
 * that a file did not change; any edit through an editor or a copy changes the time. The stamps
 * are only trusted for the same tool (the key includes the tool's digest).
 */
final class InputStamps {
    private static final String HEADER = "press-archive inputs 1";

    private record Stamp(long size, long mtime, String key) {
    }

    private final Path file;
    private final String tool;
    private final Map<String, Stamp> previous;
    private final Map<String, Stamp> current = new ConcurrentHashMap<>();
    /** What the file holds (as far as this process knows). */
    private Map<String, Stamp> onDisk;

    /**
     * What a build leaves to the next one in the same process ({@code build --watch}): the stamps
     * it recorded and what the file holds, which may lag behind by a few inputs.
     */
    record Memory(Path file, String tool, Map<String, Stamp> stamps, Map<String, Stamp> onDisk) {
    }

    private InputStamps(Path file, String tool, Map<String, Stamp> previous, Map<String, Stamp> onDisk) {
        this.file = file;
        this.tool = tool;
        this.previous = previous;
        this.onDisk = onDisk;
    }

    /** The stamps of the previous build in this process when it built from the same file and tool, else those of the file. */
    static InputStamps load(Path file, byte[] toolDigest, Memory memory) {
        String tool = HexFormat.of().formatHex(toolDigest);
        if (memory != null && memory.file().equals(file) && memory.tool().equals(tool)) {
            return new InputStamps(file, tool, memory.stamps(), memory.onDisk());
        }
        return load(file, toolDigest);
    }

    static InputStamps load(Path file, byte[] toolDigest) {
        String tool = HexFormat.of().formatHex(toolDigest);
        Map<String, Stamp> stamps = new HashMap<>();
        if (Files.isRegularFile(file)) {
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                if (lines.size() >= 2 && lines.get(0).equals(HEADER) && lines.get(1).equals(tool)) {
                    for (String line : lines.subList(2, lines.size())) {
                        String[] p = line.split("\t", -1);
                        if (p.length == 4) {
                            stamps.put(p[0], new Stamp(Long.parseLong(p[1]), Long.parseLong(p[2]), p[3]));
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                stamps.clear();
            }
        }
        return new InputStamps(file, tool, stamps, stamps);
    }

    /** This build's stamps, for the next build in this process; call after {@link #save}. */
    Memory memory() {
        return new Memory(file, tool, Map.copyOf(current), onDisk);
    }

    /** The key the file had when it had this size and time, or null. */
    String key(String shown, long size, long mtime) {
        Stamp s = previous.get(shown);
        return s != null && s.size() == size && s.mtime() == mtime ? s.key() : null;
    }

    /** Records what this build read (thread-safe). */
    void record(String shown, long size, long mtime, String key) {
        if (shown.indexOf('\t') < 0 && shown.indexOf('\n') < 0 && shown.indexOf('\r') < 0) {
            current.put(shown, new Stamp(size, mtime, key));
        }
    }

    /** Saves this build's stamps; a failure only costs reading every input next time. */
    void save() {
        save(false);
    }

    /**
     * Saves this build's stamps, or, when {@code lazily}, leaves the file as it is if it differs from
     * them in only a few inputs (a watching build after an edit): a later build reads and hashes
     * those few again, which costs less than rewriting ten thousand stamps at every edit.
     */
    void save(boolean lazily) {
        if (lazily && onDisk != null) {
            long differ = current.entrySet().stream().filter(e -> !e.getValue().equals(onDisk.get(e.getKey()))).count()
                    + onDisk.keySet().stream().filter(k -> !current.containsKey(k)).count();
            if (differ <= Math.max(8, current.size() / 100)) {
                return;
            }
        }
        write();
    }

    private void write() {
        StringBuilder sb = new StringBuilder(HEADER + "\n" + tool + "\n");
        for (Map.Entry<String, Stamp> e : new TreeMap<>(current).entrySet()) {
            Stamp s = e.getValue();
            sb.append(e.getKey()).append('\t').append(s.size()).append('\t').append(s.mtime()).append('\t')
                    .append(s.key()).append('\n');
        }
        onDisk = CacheFiles.replace(file, sb.toString()) ? Map.copyOf(current) : Map.of();
    }
}
