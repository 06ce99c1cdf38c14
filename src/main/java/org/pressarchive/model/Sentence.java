package org.pressarchive.model;

import java.util.List;

/**
 * One sentence of a paragraph. {@code start} and {@code end} are offsets into the paragraph text
 * (end exclusive) and {@code text} equals {@code paragraph.text().substring(start, end)}.
 *
 * @param speakers participant ids (or reserved ids such as {@code journalist}); empty iff narration
 */
public record Sentence(String id, int start, int end, String text, List<String> speakers, Kind kind) {
    public Sentence {
        speakers = List.copyOf(speakers);
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad sentence span " + start + ".." + end);
        }
    }
}
