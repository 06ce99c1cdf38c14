package org.pressarchive.model;

import java.util.List;

/**
 * An input file decoded and split into paragraphs: what the parser reads. Strings only, no I/O.
 *
 * @param path        path for messages and the {@code source} field ({@code seeds/x.txt})
 * @param name        file name without language suffix and extension ({@code x} for {@code x.en.md})
 * @param lang        language from the file name suffix ({@code en} for {@code x.en.md}), or null
 * @param paragraphs  non-blank paragraphs in file order
 * @param frontMatter explicit metadata (empty for {@code .txt})
 * @param warnings    problems found while reading (decoding, front matter)
 * @param sha256      hex digest of the raw bytes
 */
public record SourceText(String path, String name, String lang, List<SourceParagraph> paragraphs,
                         FrontMatter frontMatter, List<Warning> warnings, String sha256) {
    public SourceText {
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
        java.util.Objects.requireNonNull(frontMatter, "frontMatter");
    }

    /** Convenience for tests and the parser's string entry point: a plain text, one paragraph per non-blank line. */
    public static SourceText ofPlainText(String path, String text) {
        List<SourceParagraph> paragraphs = new java.util.ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!Whitespace.isBlank(lines[i])) {
                paragraphs.add(SourceParagraph.plain(i + 1, lines[i]));
            }
        }
        String file = path.substring(path.lastIndexOf('/') + 1);
        String name = file.contains(".") ? file.substring(0, file.indexOf('.')) : file;
        return new SourceText(path, name, null, paragraphs, FrontMatter.empty(), List.of(), "");
    }
}
