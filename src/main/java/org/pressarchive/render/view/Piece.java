package org.pressarchive.render.view;

/** A run of sentence text with uniform inline formatting; {@code href} non-null inside a link. */
public record Piece(String text, boolean em, boolean strong, boolean code, String href) {
    public boolean plain() {
        return !em && !strong && !code && href == null;
    }
}
