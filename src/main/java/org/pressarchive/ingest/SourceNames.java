package org.pressarchive.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a release file name into its base name and optional language suffix:
 * {@code 2025-x.en.md} is base {@code 2025-x}, language {@code en}.
 */
public record SourceNames(String base, String lang, String extension) {
    private static final Pattern NAME = Pattern.compile("^(.+?)(?:\\.([a-z]{2}(?:-[A-Za-z]{2,4})?))?\\.(txt|md)$",
            Pattern.CASE_INSENSITIVE);

    public static SourceNames of(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            int dot = fileName.lastIndexOf('.');
            return new SourceNames(dot > 0 ? fileName.substring(0, dot) : fileName, null, "");
        }
        String lang = m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT);
        return new SourceNames(m.group(1), lang, m.group(3).toLowerCase(Locale.ROOT));
    }
}
