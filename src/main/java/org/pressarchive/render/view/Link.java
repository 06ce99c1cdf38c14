package org.pressarchive.render.view;

/** A labelled relative link. */
public record Link(String label, String href) {
}
