package org.pressarchive.model;

import java.util.List;

/**
 * A paragraph: id {@code p1} for index 0. Its sentences cover the text losslessly: concatenated
 * with the whitespace between them they give back {@code text}. {@code marks} holds inline
 * formatting from Markdown (empty for plain text); it is not part of the JSON parse model.
 */
public record Paragraph(String id, int index, int line, String text, List<Sentence> sentences,
                        List<Segment> segments, List<InlineMark> marks) {
    public Paragraph {
        sentences = List.copyOf(sentences);
        segments = List.copyOf(segments);
        marks = List.copyOf(marks);
    }

    public static String idFor(int index) {
        return "p" + (index + 1);
    }
}
