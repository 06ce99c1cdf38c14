package org.pressarchive.render;

import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link Writer} that encodes to UTF-8 as it goes, into a growable byte array, without locks:
 * what a page's template writes becomes its bytes in one pass, instead of a {@code StringWriter}
 * (a synchronized buffer of chars, copied again by {@code toString} and once more by
 * {@code getBytes}). The bytes are those of {@code String.getBytes(UTF_8)} on the same text,
 * including its replacement of a lone surrogate by {@code ?}. One instance is used by one thread
 * at a time; {@link #take()} hands out the bytes and empties it for the next page.
 */
final class Utf8Buffer extends Writer {
    private byte[] bytes;
    private int count;
    /** A high surrogate written last, waiting for its low half; 0 when none. */
    private char high;
    /** Where long strings are copied block by block (see {@link #write(String, int, int)}). */
    private char[] scratch;
    /** Strings longer than this are written through {@link #scratch}. */
    static final int SHORT = 32;
    static final int BLOCK = 2048;

    Utf8Buffer(int capacity) {
        bytes = new byte[Math.max(capacity, 64)];
    }

    @Override
    public void write(int c) {
        ensure(4);
        put((char) c);
    }

    @Override
    public void write(char[] chars, int off, int len) {
        ensure(len * 3 + 4);
        byte[] b = bytes;
        int n = count;
        int i = off;
        int end = off + len;
        while (i < end) {
            if (high == 0) {
                // a run of ASCII, in a loop that reads nothing but the array
                char c;
                while (i < end && (c = chars[i]) < 0x80) {
                    b[n++] = (byte) c;
                    i++;
                }
                if (i == end) {
                    break;
                }
            }
            count = n;
            put(chars[i++]);
            n = count;
        }
        count = n;
    }

    @Override
    public void write(String s, int off, int len) {
        if (len > SHORT) {
            // Long texts (paragraphs, lists written by code) are copied out of the String in
            // blocks first: one bulk copy, then a loop over an array, costs less than charAt per
            // character when the JIT is C1.
            char[] block = scratch;
            if (block == null) {
                block = scratch = new char[BLOCK];
            }
            while (len > 0) {
                int m = Math.min(len, BLOCK);
                s.getChars(off, off + m, block, 0);
                write(block, 0, m);
                off += m;
                len -= m;
            }
            return;
        }
        ensure(len * 3 + 4);
        byte[] b = bytes;
        int n = count;
        for (int i = off, end = off + len; i < end; i++) {
            char c = s.charAt(i);
            if (c < 0x80 && high == 0) {
                b[n++] = (byte) c;
            } else {
                count = n;
                put(c);
                n = count;
            }
        }
        count = n;
    }

    @Override
    public void write(String s) {
        write(s, 0, s.length());
    }

    @Override
    public Utf8Buffer append(CharSequence csq) {
        String s = String.valueOf(csq);
        write(s, 0, s.length());
        return this;
    }

    @Override
    public Utf8Buffer append(CharSequence csq, int start, int end) {
        String s = String.valueOf(csq == null ? "null" : csq.subSequence(start, end));
        write(s, 0, s.length());
        return this;
    }

    @Override
    public Utf8Buffer append(char c) {
        write(c);
        return this;
    }

    /** Encodes one char; room for 4 bytes is ensured by the caller. */
    private void put(char c) {
        byte[] b = bytes;
        int n = count;
        if (high != 0) {
            char h = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(h, c);
                b[n] = (byte) (0xF0 | (cp >> 18));
                b[n + 1] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[n + 2] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[n + 3] = (byte) (0x80 | (cp & 0x3F));
                count = n + 4;
                return;
            }
            b[n++] = '?';
        }
        if (c < 0x80) {
            b[n++] = (byte) c;
        } else if (c < 0x800) {
            b[n++] = (byte) (0xC0 | (c >> 6));
            b[n++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            b[n++] = '?';
        } else {
            b[n++] = (byte) (0xE0 | (c >> 12));
            b[n++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            b[n++] = (byte) (0x80 | (c & 0x3F));
        }
        count = n;
    }

    private void ensure(int more) {
        // A pending high surrogate may add one '?' to what the caller asked room for.
        long need = (long) count + more + 1;
        if (need > bytes.length) {
            if (need > Integer.MAX_VALUE - 16) {
                throw new OutOfMemoryError("page larger than 2 GB");
            }
            bytes = Arrays.copyOf(bytes, (int) Math.max(need, Math.min((long) bytes.length * 2, Integer.MAX_VALUE - 16)));
        }
    }

    /** The bytes written since the last call, and an empty buffer. */
    byte[] take() {
        if (high != 0) {
            high = 0;
            ensure(1);
            bytes[count++] = '?';
        }
        byte[] out = Arrays.copyOf(bytes, count);
        count = 0;
        return out;
    }

    /** How much the buffer holds, written or not (to drop one that grew for an unusually large page). */
    int capacity() {
        return bytes.length;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
