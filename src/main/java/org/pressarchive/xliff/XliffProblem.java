package org.pressarchive.xliff;

/**
 * An error found in an XLIFF file, printed as {@code FILE:LINE: unit p3: message}.
 *
 * @param line 1-based line, 0 when no line applies
 * @param unit the unit id the problem is in, or null
 */
public record XliffProblem(int line, String unit, String message) {

    /** The problem as one line naming the file, the line and the unit. */
    public String describe(String file) {
        return file + ":" + line + ": " + (unit != null ? "unit " + unit + ": " : "") + message;
    }
}
