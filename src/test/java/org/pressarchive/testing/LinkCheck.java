package org.pressarchive.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole-site link check: every internal {@code href} and {@code src} of every HTML page
 * resolves to an existing file (relative, never a bare folder, never root-absolute), and every
 * {@code #fragment} exists as an id in the target page. External links ({@code http:},
 * {@code https:}, {@code mailto:}) are not followed. The 404 pages are skipped: their links are
 * meant for any depth.
 */
public final class LinkCheck {
    private final Path root;
    private final Map<Path, Set<String>> ids = new HashMap<>();

    private LinkCheck(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** Fails with the list of every broken link of the site at {@code root}. */
    public static void assertClean(Path root) throws IOException {
        List<String> broken = new LinkCheck(root).brokenLinks();
        assertThat(broken).as("broken internal links").isEmpty();
    }

    public List<String> brokenLinks() throws IOException {
        List<String> broken = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> s = Files.walk(root)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).as("HTML pages in " + root).isNotEmpty();
        for (Path page : pages) {
            if (page.getFileName().toString().equals("404.html")) {
                continue;
            }
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element e : doc.select("[href], [src]")) {
                String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                String problem = check(page, link);
                if (problem != null) {
                    broken.add(root.relativize(page) + ": " + link + " (" + problem + ")");
                }
            }
        }
        return broken;
    }

    private String check(Path page, String link) throws IOException {
        if (link.isEmpty()) {
            return "empty link";
        }
        String scheme = URI.create(link.replace(" ", "%20")).getScheme();
        if (scheme != null) {
            return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto") ? null
                    : "unexpected scheme " + scheme;
        }
        if (link.startsWith("/")) {
            return "root-absolute link";
        }
        int hash = link.indexOf('#');
        String file = hash < 0 ? link : link.substring(0, hash);
        String fragment = hash < 0 ? null : URLDecoder.decode(link.substring(hash + 1), StandardCharsets.UTF_8);
        int query = file.indexOf('?');
        if (query >= 0) {
            file = file.substring(0, query);
        }
        Path target = file.isEmpty() ? page : page.getParent().resolve(URLDecoder.decode(file, StandardCharsets.UTF_8)).normalize();
        if (!target.startsWith(root)) {
            return "leaves the site";
        }
        if (!Files.isRegularFile(target)) {
            return Files.isDirectory(target) ? "bare folder" : "no such file";
        }
        if (fragment != null && !fragment.isEmpty()) {
            if (!target.toString().endsWith(".html")) {
                return "fragment into a non-HTML file";
            }
            if (!idsOf(target).contains(fragment)) {
                return "no id " + fragment + " in target";
            }
        }
        return null;
    }

    private Set<String> idsOf(Path page) throws IOException {
        Set<String> known = ids.get(page);
        if (known == null) {
            known = new HashSet<>();
            for (Element e : Jsoup.parse(page.toFile(), "UTF-8").select("[id]")) {
                known.add(e.id());
            }
            ids.put(page, known);
        }
        return known;
    }
}
