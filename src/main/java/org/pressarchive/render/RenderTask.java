package org.pressarchive.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * One output file to produce: its root-relative path and how to render its bytes (run later, maybe
 * in parallel). A large file may also give a {@code stream}: the writer then streams it to disk
 * instead of holding all its bytes at once ({@code content} still gives the same bytes).
 */
public record RenderTask(String path, Supplier<byte[]> content, Streamed stream) {
    /** Writes a file's bytes to a stream (not closing it). */
    @FunctionalInterface
    public interface Streamed {
        void writeTo(OutputStream out) throws IOException;
    }

    public RenderTask(String path, Supplier<byte[]> content) {
        this(path, content, null);
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
        }, stream);
    }
}
