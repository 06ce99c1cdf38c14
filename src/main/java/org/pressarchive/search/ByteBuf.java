package org.pressarchive.search;

import java.util.Arrays;

/**
 * A growable run of bytes that never copies what it holds: the index's VLQ texts are ASCII, kept
 * one byte per character, and a key's postings grow for the whole build. Bytes are kept in blocks
 * of {@value #FIRST} bytes, then twice as many each time up to {@value #LARGEST}, then blocks of
 * that size: growing leaves no garbage (a doubled array would leave the old one, promoted to the
 * old generation by then) and needs no trimming copy at the end, and the spare room is at most one
 * block.
 */
final class ByteBuf {
    /** Size of the first block. */
    static final int FIRST = 16;
    /** Size of the largest blocks. */
    static final int LARGEST = 4096;
    /** Blocks that double ({@code FIRST << k == LARGEST}). */
    private static final int DOUBLING = Integer.numberOfTrailingZeros(LARGEST / FIRST);
    /** Bytes in the doubling blocks. */
    private static final int DOUBLED = FIRST * ((1 << DOUBLING) - 1);

    /** Every block but the one being filled, or null while there is only one. */
    private byte[][] blocks;
    private int full;
    /** The block being filled, and where. */
    private byte[] current = new byte[FIRST];
    private int at;
    /** Bytes held. */
    int length;

    void append(byte b) {
        if (at == current.length) {
            next();
        }
        current[at++] = b;
        length++;
    }

    void append(byte[] from, int offset, int count) {
        while (count > 0) {
            if (at == current.length) {
                next();
            }
            int n = Math.min(count, current.length - at);
            System.arraycopy(from, offset, current, at, n);
            at += n;
            offset += n;
            count -= n;
            length += n;
        }
    }

    private void next() {
        if (blocks == null) {
            blocks = new byte[4][];
        } else if (full == blocks.length) {
            blocks = Arrays.copyOf(blocks, 2 * full);
        }
        blocks[full++] = current;
        current = new byte[size(full)];
        at = 0;
    }

    private static int size(int block) {
        return block < DOUBLING ? FIRST << block : LARGEST;
    }

    private static int start(int block) {
        return block < DOUBLING ? FIRST * ((1 << block) - 1) : DOUBLED + (block - DOUBLING) * LARGEST;
    }

    private static int blockOf(int index) {
        return index < DOUBLED ? 31 - Integer.numberOfLeadingZeros(index / FIRST + 1)
                : DOUBLING + (index - DOUBLED) / LARGEST;
    }

    private byte[] block(int k) {
        return k == full ? current : blocks[k];
    }

    /** The byte at {@code index} ({@code < length}). */
    byte get(int index) {
        int k = blockOf(index);
        return block(k)[index - start(k)];
    }

    /** Copies {@code count} bytes from {@code from} into {@code to} at {@code offset}. */
    void copy(int from, byte[] to, int offset, int count) {
        if (from < 0 || count < 0 || from + count > length) {
            throw new IndexOutOfBoundsException(from + "+" + count + " of " + length);
        }
        int k = blockOf(from);
        int in = from - start(k);
        while (count > 0) {
            byte[] b = block(k);
            int n = Math.min(count, b.length - in);
            System.arraycopy(b, in, to, offset, n);
            offset += n;
            count -= n;
            k++;
            in = 0;
        }
    }

    /**
     * Reads the bytes of a {@link ByteBuf} in order from any index: finding the block is done once
     * per {@link #seek}, not per byte as {@link #get} does.
     */
    static final class Reader {
        private ByteBuf buf;
        private byte[] block;
        private int k;
        /** Index of the block's first byte, and the next byte's place in the block. */
        private int blockStart;
        private int in;

        /** Moves to byte {@code index} of {@code buf} ({@code ≤ length}). */
        Reader seek(ByteBuf buf, int index) {
            this.buf = buf;
            k = blockOf(index);
            block = buf.block(k);
            blockStart = start(k);
            in = index - blockStart;
            return this;
        }

        /** The index of the next byte. */
        int index() {
            return blockStart + in;
        }

        /** The next byte (there must be one). */
        byte next() {
            if (in == block.length) {
                blockStart += block.length;
                block = buf.block(++k);
                in = 0;
            }
            return block[in++];
        }
    }

    /** The bytes, as an array of their own. */
    byte[] toArray() {
        byte[] out = new byte[length];
        copy(0, out, 0, length);
        return out;
    }

    @Override
    public String toString() {
        return new String(toArray(), java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
