package org.pressarchive.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Finds the release files ({@code *.txt}, {@code *.md}) under the input folder, in a stable order. */
public final class SourceScanner {

    /** One input file found by {@link #find}: its path, its name relative to the input folder (with {@code /}), size and modification time. */
    public record Found(Path path, String name, long size, long modified) {
    }

    /**
     * Lists input files, sorted by their path relative to {@code inputDir} (with {@code /}),
     * skipping hidden files and folders.
     */
    public List<Path> scan(Path inputDir) throws IOException {
        return find(inputDir).stream().map(Found::path).collect(Collectors.toList());
    }

    /**
     * {@link #scan}, with each file's size and modification time as the walk saw them (one look
     * at each entry of the folder: a build checks its inputs' stamps with these).
     */
    public List<Found> find(Path inputDir) throws IOException {
        List<Found> found = new ArrayList<>();
        Files.walkFileTree(inputDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(inputDir) && dir.getFileName().toString().startsWith(".")
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isSymbolicLink() && isRelease(file.getFileName().toString())) {
                    try {
                        attrs = Files.readAttributes(file, BasicFileAttributes.class); // a link to a release file counts
                    } catch (IOException dangling) {
                        return FileVisitResult.CONTINUE;
                    }
                }
                if (attrs.isRegularFile() && isRelease(file.getFileName().toString())) {
                    found.add(new Found(file, relativeName(inputDir, file), attrs.size(),
                            attrs.lastModifiedTime().toMillis()));
                }
                return FileVisitResult.CONTINUE;
            }

        });
        found.sort(Comparator.comparing(Found::name));
        return found;
    }

    public static boolean isRelease(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return (lower.endsWith(".txt") || lower.endsWith(".md")) && !fileName.startsWith(".");
    }

    public static String relativeName(Path dir, Path file) {
        return dir.relativize(file).toString().replace('\\', '/');
    }
}
