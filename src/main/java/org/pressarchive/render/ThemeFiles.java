package org.pressarchive.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where theme files come from: the user's {@code --templates} folder first, file by file, then
 * the default theme packaged in the jar under {@code templates/}.
 */
public final class ThemeFiles {
    static final String CLASSPATH_ROOT = "templates/";

    private final Path overrideDir;

    /** @param overrideDir the user's theme folder, or null for the default theme only */
    public ThemeFiles(Path overrideDir) {
        this.overrideDir = overrideDir;
    }

    public Optional<Path> overrideDir() {
        return Optional.ofNullable(overrideDir);
    }

    /** The bytes of the default theme's file {@code name}, if it exists. */
    public Optional<byte[]> defaultFile(String name) {
        try (InputStream in = ThemeFiles.class.getClassLoader().getResourceAsStream(CLASSPATH_ROOT + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read theme file " + name + " from the jar", e);
        }
    }

    /** The bytes of the user's override of {@code name}, if the user gave one. */
    public Optional<byte[]> overrideFile(String name) {
        if (overrideDir == null) {
            return Optional.empty();
        }
        Path p = overrideDir.resolve(name);
        if (!Files.isRegularFile(p)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read theme file " + p, e);
        }
    }

    /** The effective file {@code name}: the override if present, else the default. */
    public Optional<byte[]> file(String name) {
        Optional<byte[]> o = overrideFile(name);
        return o.isPresent() ? o : defaultFile(name);
    }
}
