package org.pressarchive.build;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of a build.
 *
 * @param written  whether the output folder was replaced
 * @param notes    facts the user should know that are not problems of an input (no base URL…)
 */
public record BuildReport(int releases, int files, List<Problem> problems, List<String> notes, Duration elapsed,
                          Path output, boolean written) {
    public BuildReport {
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }
}
