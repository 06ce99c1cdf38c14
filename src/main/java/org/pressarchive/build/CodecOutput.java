package org.pressarchive.build;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Writes the layout {@link CodecInput} reads into a growing byte array (not thread-safe). */
final class CodecOutput {
    private byte[] bytes;
    private int size;

    CodecOutput(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    private void room(int n) {
        if (n > bytes.length - size) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
        }
    }

    void writeInt(int v) {
        room(4);
        byte[] b = bytes;
        int p = size;
        b[p] = (byte) (v >>> 24);
        b[p + 1] = (byte) (v >>> 16);
        b[p + 2] = (byte) (v >>> 8);
        b[p + 3] = (byte) v;
        size = p + 4;
    }

    void writeByte(int v) {
        room(1);
        bytes[size++] = (byte) v;
    }

    void writeBoolean(boolean v) {
        writeByte(v ? 1 : 0);
    }

    void write(byte[] b, int off, int len) {
        room(len);
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    /** The UTF-8 length (-1 for null), then the bytes: no 64 KB limit, unlike {@code writeUTF}. */
    void string(String s) {
        if (s == null) {
            writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeInt(b.length);
        write(b, 0, b.length);
    }

    /** Writes an int now and returns where, for {@link #patchInt} once its value is known. */
    int placeholder() {
        int at = size;
        writeInt(0);
        return at;
    }

    void patchInt(int at, int v) {
        bytes[at] = (byte) (v >>> 24);
        bytes[at + 1] = (byte) (v >>> 16);
        bytes[at + 2] = (byte) (v >>> 8);
        bytes[at + 3] = (byte) v;
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }
}
