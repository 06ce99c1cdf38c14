package org.pressarchive.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the release files ({@code *.txt}, {@code *.md}) under the input folder, in a stable order. */
public final class SourceScanner {

    /**
     * Lists input files, sorted by their path relative to {@code inputDir} (with {@code /}),
     * skipping hidden files and folders.
     */
    public List<Path> scan(Path inputDir) throws IOException {
        try (Stream<Path> walk = Files.walk(inputDir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> isRelease(p.getFileName().toString()))
                    .filter(p -> !isHidden(inputDir.relativize(p)))
                    .sorted(Comparator.comparing(p -> relativeName(inputDir, p)))
                    .collect(Collectors.toList());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public static boolean isRelease(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return (lower.endsWith(".txt") || lower.endsWith(".md")) && !fileName.startsWith(".");
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    public static String relativeName(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }
}
