package org.pressarchive.xliff;

import java.util.List;

/**
 * One {@code <file>} element: the translation units of one release.
 *
 * @param id       the file id (the release id on export)
 * @param original path of the original release relative to the input folder, or null
 * @param line     1-based line of the element in the XLIFF file (0 when written by us)
 * @param notes    file-level notes
 * @param units    one unit per paragraph, in document order
 */
public record XliffFile(String id, String original, int line, List<XliffNote> notes, List<XliffUnit> units) {
    public XliffFile {
        notes = List.copyOf(notes);
        units = List.copyOf(units);
    }
}
