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

    /**
     * One input file found by {@link #find}: its path, its name relative to the input folder (with
     * {@code /}), size and modification time (of the file a link points to, for a link).
     */
    public record Found(Path path, String name, long size, long modified, boolean link) {
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
                boolean link = attrs.isSymbolicLink();
                if (link && isRelease(file.getFileName().toString())) {
                    try {
                        attrs = Files.readAttributes(file, BasicFileAttributes.class); // a link to a release file counts
                    } catch (IOException dangling) {
                        return FileVisitResult.CONTINUE;
                    }
                }
                if (attrs.isRegularFile() && isRelease(file.getFileName().toString())) {
                    found.add(new Found(file, relativeName(inputDir, file), attrs.size(),
                            attrs.lastModifiedTime().toMillis(), link));
                }
                return FileVisitResult.CONTINUE;
            }

        });
        found.sort(Comparator.comparing(Found::name));
        return found;
    }

    /**
     * {@link #find}, from an earlier result and the paths changed since it was made (as a watch of
     * the folder reported them: created, modified or deleted): only those, and links (whose target
     * may change unseen), are looked at again. Any changed path that is not a release file (a
     * folder created, renamed or deleted, lost events) makes it walk the folder again.
     */
    public List<Found> update(Path inputDir, List<Found> earlier, java.util.Collection<Path> changed) throws IOException {
        Path root = inputDir.toAbsolutePath().normalize();
        java.util.Map<String, Found> byName = new java.util.HashMap<>(earlier.size() * 2);
        for (Found f : earlier) {
            byName.put(f.name(), f);
        }
        java.util.Set<String> look = new java.util.TreeSet<>();
        for (Path p : changed) {
            Path abs = p.toAbsolutePath().normalize();
            if (!abs.startsWith(root)) {
                continue; // the configuration, a theme file
            }
            String name = relativeName(root, abs);
            boolean hidden = false;
            for (Path part : root.relativize(abs)) {
                hidden |= part.toString().startsWith(".");
            }
            if (hidden) {
                continue;
            }
            if (abs.equals(root) || !isRelease(abs.getFileName().toString()) || Files.isDirectory(abs)) {
                return find(inputDir);
            }
            look.add(name);
        }
        for (Found f : earlier) {
            if (f.link()) {
                look.add(f.name());
            }
        }
        for (String name : look) {
            Path file = inputDir.resolve(name);
            byName.remove(name);
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(file, BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
                boolean link = attrs.isSymbolicLink();
                if (link) {
                    attrs = Files.readAttributes(file, BasicFileAttributes.class);
                }
                if (attrs.isRegularFile()) {
                    byName.put(name, new Found(file, name, attrs.size(), attrs.lastModifiedTime().toMillis(), link));
                }
            } catch (IOException gone) {
                // deleted (or a dangling link): not an input any more
            }
        }
        List<Found> found = new ArrayList<>(byName.values());
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
