package org.pressarchive.xliff;

/** A {@code <note>} with its {@code category} (e.g. {@code speaker}), which may be null. */
public record XliffNote(String category, String text) {
}
