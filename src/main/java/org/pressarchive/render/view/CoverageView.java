package org.pressarchive.render.view;

import java.util.List;

/**
 * The translation coverage of the archive: per translation language, how many releases are
 * translated, the share in percent (formatted for the page's locale), and the releases missing.
 */
public record CoverageView(int releases, List<Row> rows) {

    /** One translation language. */
    public record Row(String lang, String name, int translated, String percent, List<ReleaseSummary> missing) {
    }
}
