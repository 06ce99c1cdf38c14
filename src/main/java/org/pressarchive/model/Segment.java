package org.pressarchive.model;

import java.util.List;

/** A run of consecutive sentences of one paragraph with the same speakers and kind. */
public record Segment(String id, List<String> speakers, Kind kind, List<String> sentences) {
    public Segment {
        speakers = List.copyOf(speakers);
        sentences = List.copyOf(sentences);
    }
}
