package org.pressarchive.build;

import java.nio.file.Path;
import java.util.List;

/**
 * What to build and how.
 *
 * @param input     folder of release files
 * @param output    site folder to (re)place
 * @param templates user theme folder overriding the default theme file by file, or null
 * @param config    site configuration file, or null for defaults
 * @param baseUrl   base URL overriding the configuration's, or null
 * @param languages interface languages overriding the configuration's, or null/empty
 * @param strict    treat any warning as an error: nothing is written
 */
public record BuildOptions(Path input, Path output, Path templates, Path config, String baseUrl,
                           List<String> languages, boolean strict) {
    public BuildOptions {
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    public static BuildOptions of(Path input, Path output) {
        return new BuildOptions(input, output, null, null, null, List.of(), false);
    }
}
