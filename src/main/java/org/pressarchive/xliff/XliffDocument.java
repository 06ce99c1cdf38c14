package org.pressarchive.xliff;

import java.util.List;

/**
 * An XLIFF 2.x document as this tool reads and writes it: the language pair and its files.
 *
 * @param srcLang source language (the original's, e.g. {@code fr})
 * @param trgLang target language (e.g. {@code en}), or null when the document has none
 * @param files   one {@code <file>} per release
 */
public record XliffDocument(String srcLang, String trgLang, List<XliffFile> files) {
    /** The namespace of XLIFF 2.0 and 2.1 core. */
    public static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:2.0";
    /** The version this tool writes. */
    public static final String VERSION = "2.1";

    public XliffDocument {
        files = List.copyOf(files);
    }
}
