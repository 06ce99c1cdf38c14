package org.pressarchive.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Theme assets ({@code assets/*}: the default theme's list, plus any file of the user's theme
 * folder's {@code assets/}) and {@code .nojekyll} for GitHub Pages.
 */
public final class StaticFiles implements OutputSet {
    /** The default theme's assets, as packaged in the jar. */
    static final List<String> DEFAULT_ASSETS = List.of("cite.js", "site.css", "view.js", "search.js");

    @Override
    public List<RenderTask> tasks(SiteContext site) {
        TreeSet<String> names = new TreeSet<>(DEFAULT_ASSETS);
        site.theme().overrideDir().map(d -> d.resolve("assets")).filter(Files::isDirectory)
                .ifPresent(d -> names.addAll(list(d)));
        List<RenderTask> tasks = new ArrayList<>();
        for (String name : names) {
            tasks.add(new RenderTask("assets/" + name, () -> site.theme().file("assets/" + name)
                    .orElseThrow(() -> new IllegalStateException("theme asset assets/" + name + " is missing"))));
        }
        tasks.add(new RenderTask(".nojekyll", () -> new byte[0]));
        return tasks;
    }

    private static List<String> list(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> !n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list theme assets in " + dir, e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
