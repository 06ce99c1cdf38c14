package org.pressarchive.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the cache's binary layout (big-endian ints, length-prefixed UTF-8 strings) straight from
 * a byte array. It replaces a {@code DataInputStream} over a {@code ByteArrayInputStream}, whose
 * reads go byte by byte through a synchronized method: decoding releases from the cache is done
 * several times per release in a build, and was dominated by that overhead. Every read checks the
 * bounds and throws {@link IOException} on truncated or corrupt input, never an unchecked exception.
 */
final class CodecInput {
    private final byte[] bytes;
    private final int limit;
    private int pos;

    CodecInput(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    CodecInput(byte[] bytes, int offset, int length) {
        if (offset < 0 || length < 0 || offset > bytes.length - length) {
            throw new IllegalArgumentException("range " + offset + "+" + length + " outside " + bytes.length);
        }
        this.bytes = bytes;
        this.pos = offset;
        this.limit = offset + length;
    }

    private void need(int n) throws IOException {
        if (n > limit - pos) {
            throw new IOException("truncated record: " + n + " bytes wanted, " + (limit - pos) + " left");
        }
    }

    int readInt() throws IOException {
        need(4);
        byte[] b = bytes;
        int p = pos;
        pos = p + 4;
        return (b[p] << 24) | ((b[p + 1] & 0xff) << 16) | ((b[p + 2] & 0xff) << 8) | (b[p + 3] & 0xff);
    }

    byte readByte() throws IOException {
        need(1);
        return bytes[pos++];
    }

    boolean readBoolean() throws IOException {
        return readByte() != 0;
    }

    void skip(int n) throws IOException {
        if (n < 0) {
            throw new IOException("negative length " + n);
        }
        need(n);
        pos += n;
    }

    /** A string written by {@link CodecOutput#string}: its UTF-8 length (-1 for null), then its bytes. */
    String string() throws IOException {
        int n = readInt();
        if (n == -1) {
            return null;
        }
        if (n < 0) {
            throw new IOException("corrupt string length " + n);
        }
        need(n);
        String s = new String(bytes, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    boolean atEnd() {
        return pos == limit;
    }
}
