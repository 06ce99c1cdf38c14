package org.pressarchive.build;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file of the build cache: into a temporary file beside it, then moved over it, so a
 * reader never sees half a file. The cache is an optimisation only: on any failure the file is
 * deleted (the next build just does the work again) and the caller is told, never interrupted.
 */
final class CacheFiles {
    /** Writes a file's bytes (not closing the stream). */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private CacheFiles() {
    }

    /** @return whether the file now holds the new content */
    static boolean replace(Path file, Content content) {
        Path tmp = null;
        try {
            Files.createDirectories(file.getParent());
            tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                content.writeTo(out);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            try {
                if (tmp != null) {
                    Files.deleteIfExists(tmp);
                }
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover is pruned or overwritten by the next build
            }
            return false;
        }
    }

    /** The same for text in UTF-8. */
    static boolean replace(Path file, String text) {
        return replace(file, out -> out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
