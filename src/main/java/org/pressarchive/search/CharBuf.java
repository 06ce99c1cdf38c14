package org.pressarchive.search;

import java.util.Arrays;

/** A growable run of characters, cheaper than a StringBuilder for the index's many small appends. */
final class CharBuf implements CharSequence {
    char[] chars;
    int length;

    CharBuf(int capacity) {
        chars = new char[Math.max(4, capacity)];
    }

    void append(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, length * 2);
        }
        chars[length++] = c;
    }

    void append(char[] from, int offset, int count) {
        if (length + count > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(length + count, chars.length * 2));
        }
        System.arraycopy(from, offset, chars, length, count);
        length += count;
    }

    /** Appends this run to {@code sb}. */
    void appendTo(StringBuilder sb) {
        sb.append(chars, 0, length);
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
