package org.pressarchive.search;

import java.util.Arrays;

/**
 * A growable run of bytes: the index's VLQ texts are ASCII, so they are kept one byte per
 * character (half of a {@code char[]}), and trimmed once complete.
 */
final class ByteBuf {
    byte[] bytes;
    int length;

    ByteBuf(int capacity) {
        bytes = new byte[Math.max(4, capacity)];
    }

    void append(byte b) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, length * 2);
        }
        bytes[length++] = b;
    }

    void append(byte[] from, int offset, int count) {
        if (length + count > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(length + count, bytes.length * 2));
        }
        System.arraycopy(from, offset, bytes, length, count);
        length += count;
    }

    /** Drops the spare capacity (when nothing more will be appended). */
    void trim() {
        if (bytes.length != length) {
            bytes = Arrays.copyOf(bytes, length);
        }
    }

    /** The bytes, as an array of their own. */
    byte[] toArray() {
        return Arrays.copyOf(bytes, length);
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
