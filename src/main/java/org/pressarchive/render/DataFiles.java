package org.pressarchive.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

import org.pressarchive.model.Release;

/**
 * {@code data/communiques.json}: every release's parse model in one JSON array, in the site's
 * order (newest first, then by id), for researchers. Streamed: it is as large as the corpus.
 */
public final class DataFiles implements OutputSet {
    @Override
    public List<RenderTask> tasks(SiteContext site) {
        StringBuilder versions = new StringBuilder();
        for (Release r : site.index().releases()) {
            String v = site.index().version(r);
            if (v == null) {
                versions = null;
                break;
            }
            versions.append(v).append('\n');
        }
        String key = versions == null ? null : site.key("communiques.json", versions);
        String path = site.links().allReleasesJson();
        return List.of(RenderTask.assembled(path, (out, copier, built) -> assemble(site, path, key, out, copier, built))
                .keyed(key));
    }

    /** Where {@link #assemble} records, for the next build, what each part of the file is. */
    static final String PARTS = "data-communiques";

    /**
     * Writes the array: each release's JSON file holds its model compact, ending with a newline,
     * so the array is those files' bytes joined with commas (see {@link ReleasePages}). A release
     * whose JSON is the previous build's (same salt, same version) is copied from the previous
     * array, where the parts recorded last time say it is: after an edit, the file is mostly copied
     * in a few large runs instead of read from ten thousand files. When the previous array is known
     * to be the one those parts describe (the build that recorded them made it under the key they
     * name, and it is still as that build left it), runs are copied by the kernel without being
     * read; otherwise each part is read and checked against its recorded CRC, and any doubt (no
     * record, another size, a CRC that differs) reads the release's file.
     */
    private static void assemble(SiteContext site, String path, String key, OutputStream out,
                                 RenderTask.RangeCopier copier, RenderTask.BuiltFiles built) throws IOException {
        PreviousBuild previous = site.previous();
        Map<String, String> before = previous == null ? Map.of() : previous.versions(PARTS);
        Map<String, long[]> parts = new HashMap<>(); // id → offset, length, CRC in the previous array
        if (String.valueOf(site.salt()).equals(before.get("#salt"))) {
            long offset = 1;
            for (Map.Entry<String, String> e : before.entrySet()) {
                String[] p = e.getValue().split("\t", -1);
                if (e.getKey().startsWith("#") || p.length != 3) {
                    continue;
                }
                long length = Long.parseLong(p[1]);
                parts.put(e.getKey() + "\t" + p[0], new long[] {offset, length, Long.parseLong(p[2])});
                offset += length + 1;
            }
        }
        boolean trusted = !parts.isEmpty() && before.containsKey("#key") && previous.untouched(path, before.get("#key"));
        Map<String, String> now = new LinkedHashMap<>();
        now.put("#salt", String.valueOf(site.salt()));
        if (key != null) {
            now.put("#key", key);
        }
        try (FileChannel old = parts.isEmpty() ? null : previous.open(path)) {
            Runs runs = old == null || !trusted ? null : new Runs(old, out, copier);
            Copier checked = old == null || trusted ? null : new Copier(old, out);
            out.write('[');
            boolean first = true;
            for (Release r : site.index().releases()) {
                String version = site.index().version(r);
                long[] part = version == null ? null : parts.get(r.id() + "\t" + version);
                long crc;
                long length;
                if (runs != null && part != null) {
                    runs.copy(part[0], part[1], first);
                    length = part[1];
                    crc = part[2];
                } else {
                    if (runs != null) {
                        runs.flush();
                    }
                    if (!first) {
                        out.write(',');
                    }
                    if (checked != null && part != null && checked.copy(part[0], part[1], part[2])) {
                        length = part[1];
                        crc = part[2];
                    } else {
                        byte[] one = built.read(site.links().releaseJson(r.id()));
                        length = one.length - 1;
                        CRC32C c = new CRC32C();
                        c.update(one, 0, one.length - 1);
                        crc = c.getValue();
                        out.write(one, 0, one.length - 1);
                    }
                }
                first = false;
                if (version != null) {
                    now.put(r.id(), version + "\t" + length + "\t" + crc);
                }
            }
            if (runs != null) {
                runs.flush();
            }
            out.write(']');
            out.write('\n');
        }
        if (previous != null) {
            previous.record(PARTS, now);
        }
    }

    /**
     * Copies parts of a previous array known to be as recorded, joining parts that follow each
     * other there (with the comma between them) into one range copied by the kernel.
     */
    private static final class Runs {
        private final FileChannel in;
        private final OutputStream out;
        private final RenderTask.RangeCopier copier;
        private long start = -1;
        private long end;

        Runs(FileChannel in, OutputStream out, RenderTask.RangeCopier copier) {
            this.in = in;
            this.out = out;
            this.copier = copier;
        }

        /** Appends the part at {@code offset}, after a comma unless it is the array's first. */
        void copy(long offset, long length, boolean first) throws IOException {
            if (!first && start >= 0 && offset == end + 1) {
                end = offset + length; // the previous array has the comma between the two
                return;
            }
            flush();
            if (!first) {
                out.write(',');
            }
            start = offset;
            end = offset + length;
        }

        /** Copies the pending run; call before writing anything else. */
        void flush() throws IOException {
            if (start >= 0) {
                copier.copy(in, start, end - start);
                start = -1;
            }
        }
    }

    /**
     * Copies parts of the previous array, checking each against its CRC. The previous file is read
     * in blocks of at least a megabyte, and parts are checked and written from the block, so
     * copying most of a large file costs a read and a write, not an array per part.
     */
    private static final class Copier {
        private static final int BLOCK = 1 << 20;
        private final FileChannel in;
        private final OutputStream out;
        private final long size;
        private byte[] block = new byte[BLOCK];
        private long blockStart = -1;
        private int blockLength;
        private final CRC32C crc = new CRC32C();

        Copier(FileChannel in, OutputStream out) throws IOException {
            this.in = in;
            this.out = out;
            this.size = in.size();
        }

        /** Copies {@code length} bytes at {@code offset} when they have this CRC; else writes nothing and returns false. */
        boolean copy(long offset, long length, long crc) throws IOException {
            if (offset < 0 || length < 0 || offset + length > size || length > Integer.MAX_VALUE - 8) {
                return false;
            }
            if (blockStart < 0 || offset < blockStart || offset + length > blockStart + blockLength) {
                int want = (int) Math.min(Math.max(BLOCK, length), size - offset);
                if (block.length < want) {
                    block = new byte[want];
                }
                ByteBuffer into = ByteBuffer.wrap(block, 0, want);
                while (into.hasRemaining()) {
                    if (in.read(into, offset + into.position()) <= 0) {
                        blockStart = -1;
                        return false;
                    }
                }
                blockStart = offset;
                blockLength = want;
            }
            int from = (int) (offset - blockStart);
            this.crc.reset();
            this.crc.update(block, from, (int) length);
            if (this.crc.getValue() != crc) {
                return false;
            }
            out.write(block, from, (int) length);
            return true;
        }
    }
}
