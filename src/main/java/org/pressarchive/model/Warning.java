package org.pressarchive.model;

/** A problem found in one input file; {@code line} is 1-based, 0 when no line applies. */
public record Warning(int line, String message) implements Comparable<Warning> {
    @Override
    public int compareTo(Warning o) {
        int c = Integer.compare(line, o.line);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
