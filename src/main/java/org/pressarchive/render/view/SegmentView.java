package org.pressarchive.render.view;

import java.util.List;

/**
 * A speaker segment: who speaks ({@code label}, empty for narration), the kind and its label,
 * the colour class of the voice, whether it is a joint voice, and its sentences.
 */
public record SegmentView(String id, String label, String kind, String kindLabel, String colour, boolean joint,
                          List<SentenceView> sentences) {
}
