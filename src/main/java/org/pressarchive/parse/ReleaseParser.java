package org.pressarchive.parse;

import org.pressarchive.model.Release;
import org.pressarchive.model.SourceText;

/**
 * Turns a decoded input file into the parse model. Implementations take strings, never files,
 * never throw on bad content (problems become {@link org.pressarchive.model.Warning}s), and are
 * safe to share between threads.
 */
public interface ReleaseParser {

    Release parse(SourceText source);

    /** Convenience for tests and tools: parses a plain-text release given as a string. */
    default Release parse(String path, String text) {
        return parse(SourceText.ofPlainText(path, text));
    }
}
