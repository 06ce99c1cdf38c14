package org.pressarchive.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * One output file to produce: its root-relative path and how to render its bytes (run later, maybe
 * in parallel).
 *
 * <ul>
 * <li>A large file may give a {@code stream}: the writer then streams it to disk instead of holding
 * all its bytes at once ({@code content} still gives the same bytes).</li>
 * <li>A file made of other files of the same build gives an {@code assembly} instead: it runs after
 * every other task, reading those files back ({@code content} is then null).</li>
 * <li>A {@code key} is a digest of everything the file's bytes depend on (the tool, theme and
 * configuration digests included). When the previous build wrote the same path under the same key
 * and the file is still as it left it, the build keeps that file without running {@code content}
 * at all: this is what makes a rebuild after one edit cheap. Null: no such shortcut.</li>
 * </ul>
 */
public record RenderTask(String path, Supplier<byte[]> content, Streamed stream, Assembly assembly, String key) {
    /** Writes a file's bytes to a stream (not closing it). */
    @FunctionalInterface
    public interface Streamed {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Files this build has written, readable by an {@link Assembly}. */
    @FunctionalInterface
    public interface BuiltFiles {
        byte[] read(String path) throws IOException;
    }

    /**
     * Appends a range of another file to the file being written, after what was written to its
     * stream so far, without reading it into memory.
     */
    @FunctionalInterface
    public interface RangeCopier {
        void copy(java.nio.channels.FileChannel from, long position, long length) throws IOException;
    }

    /**
     * Writes a file made of files this build has written (not closing {@code out}); {@code copier}
     * appends ranges of other files to {@code out}.
     */
    @FunctionalInterface
    public interface Assembly {
        void writeTo(OutputStream out, RangeCopier copier, BuiltFiles built) throws IOException;
    }

    /** The key of a task whose file is the previous build's, unchanged (see {@link #unchanged}). */
    public static final String UNCHANGED = "\u0000unchanged";

    public RenderTask(String path, Supplier<byte[]> content) {
        this(path, content, null, null, null);
    }

    /**
     * The previous build's file at {@code path}, which an output set knows to be unchanged (it
     * updated its other files from it): kept as it is. The build fails if the file is gone.
     */
    public static RenderTask unchanged(String path) {
        return new RenderTask(path, null, null, null, UNCHANGED);
    }

    /** A task whose bytes are written as a stream, for files too large to hold in memory. */
    public static RenderTask streamed(String path, Streamed stream) {
        return new RenderTask(path, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                stream.writeTo(out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }, stream, null, null);
    }

    /** A file assembled, after every other task, from files of this build. */
    public static RenderTask assembled(String path, Assembly assembly) {
        return new RenderTask(path, null, null, assembly, null);
    }

    /** The same task with a key: see the class comment. */
    public RenderTask keyed(String key) {
        return new RenderTask(path, content, stream, assembly, key);
    }
}
