package org.pressarchive.model;

import java.util.List;

/** One paragraph as read from an input file: 1-based line of its first character, plain text, inline marks. */
public record SourceParagraph(int line, String text, List<InlineMark> marks) {
    public SourceParagraph {
        java.util.Objects.requireNonNull(text, "text");
        marks = List.copyOf(marks);
    }

    public static SourceParagraph plain(int line, String text) {
        return new SourceParagraph(line, text, List.of());
    }
}
