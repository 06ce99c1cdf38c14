package org.pressarchive.search;

/**
 * Non-negative integers as variable-length base-64 text (5 bits per character, the sixth bit
 * says "more follows", least significant group first), the compact form of the index's number
 * lists. Small numbers (deltas, counts) take one character. {@code assets/search.js} decodes it.
 */
final class Vlq {
    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final char[] DIGITS = ALPHABET.toCharArray();
    private static final byte[] BYTES = ALPHABET.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    /** The value of each ASCII character as a digit, -1 for none. */
    static final byte[] VALUES = new byte[128];

    static {
        java.util.Arrays.fill(VALUES, (byte) -1);
        for (int i = 0; i < DIGITS.length; i++) {
            VALUES[DIGITS[i]] = (byte) i;
        }
    }

    private Vlq() {
    }

    static void append(StringBuilder out, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
        int v = value;
        while (v >= 32) {
            out.append(DIGITS[(v & 31) | 32]);
            v >>>= 5;
        }
        out.append(DIGITS[v]);
    }

    static void append(ByteBuf out, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
        int v = value;
        while (v >= 32) {
            out.append(BYTES[(v & 31) | 32]);
            v >>>= 5;
        }
        out.append(BYTES[v]);
    }

    /** Writes {@code value} at {@code out[at]} (room for 7 bytes needed); returns where it ends. */
    static int write(byte[] out, int at, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value " + value);
        }
        int v = value;
        while (v >= 32) {
            out[at++] = BYTES[(v & 31) | 32];
            v >>>= 5;
        }
        out[at++] = BYTES[v];
        return at;
    }

    /**
     * Reads one number of ASCII VLQ text at {@code at[0]} of {@code bytes} (text this code wrote)
     * and moves {@code at[0]} past it.
     */
    static int next(ByteBuf bytes, int[] at) {
        int i = at[0];
        int value = 0;
        int shift = 0;
        while (true) {
            int digit = VALUES[bytes.get(i++)];
            value |= (digit & 31) << shift;
            if ((digit & 32) == 0) {
                at[0] = i;
                return value;
            }
            shift += 5;
        }
    }

    /** Reads one number of ASCII VLQ text (text this code wrote) at {@code in}'s place, moving past it. */
    static int next(ByteBuf.Reader in) {
        int value = 0;
        int shift = 0;
        while (true) {
            int digit = VALUES[in.next()];
            value |= (digit & 31) << shift;
            if ((digit & 32) == 0) {
                return value;
            }
            shift += 5;
        }
    }

    /** Decodes a whole string (for tests and tools). */
    static int[] decode(String s) {
        int[] tmp = new int[s.length()];
        int n = 0;
        int value = 0;
        int shift = 0;
        for (int i = 0; i < s.length(); i++) {
            int digit = ALPHABET.indexOf(s.charAt(i));
            if (digit < 0) {
                throw new IllegalArgumentException("not a VLQ character: " + s.charAt(i));
            }
            value |= (digit & 31) << shift;
            if ((digit & 32) != 0) {
                shift += 5;
            } else {
                tmp[n++] = value;
                value = 0;
                shift = 0;
            }
        }
        return java.util.Arrays.copyOf(tmp, n);
    }
}
