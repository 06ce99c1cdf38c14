package org.pressarchive.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressarchive.testing.GeneratedArchive;
import org.pressarchive.testing.SiteFixture;

/**
 * The quality bars of DESIGN.md that hold for every page of a built archive: language, landmarks
 * and headings in order, labelled form fields, a strict Content-Security-Policy that nothing on
 * the page breaks (no inline script, event handler or style), and no external resource.
 */
class PageStructureTest {
    static final String BASE = "https://user.github.io/repo/";

    @TempDir
    static Path dir;
    static List<Path> pages;
    static Path site;

    @BeforeAll
    static void build() throws Exception {
        site = SiteFixture.build(dir, GeneratedArchive.releases(50), BASE);
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertThat(pages).hasSizeGreaterThan(100);
    }

    private static Document parse(Path p) throws IOException {
        return Jsoup.parse(p.toFile(), "UTF-8");
    }

    private static String name(Path p) {
        return site.relativize(p).toString();
    }

    @Test
    void everyPageHasItsLanguageOneMainAndHeadingsInOrder() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path p : pages) {
            Document d = parse(p);
            if (!d.select("html").attr("lang").matches("[a-z]{2}")) {
                problems.add(name(p) + ": no lang on <html>");
            }
            if (d.select("main").size() != 1 || d.select("header").isEmpty() || d.select("footer").isEmpty()) {
                problems.add(name(p) + ": landmarks");
            }
            if (d.select("h1").size() != 1) {
                problems.add(name(p) + ": " + d.select("h1").size() + " h1");
            }
            int previous = 1;
            for (Element h : d.select("main h1, main h2, main h3, main h4, main h5, main h6")) {
                int level = h.tagName().charAt(1) - '0';
                if (level > previous + 1) {
                    problems.add(name(p) + ": " + h.tagName() + " after h" + previous + " (" + h.text() + ")");
                }
                previous = level;
            }
            for (Element input : d.select("input:not([type=hidden]), select, textarea")) {
                if (input.id().isEmpty() || d.select("label[for=" + input.id() + "]").isEmpty()) {
                    problems.add(name(p) + ": unlabelled " + input.tagName() + " " + input.attr("name"));
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void nothingBreaksTheContentSecurityPolicyOrLoadsAnExternalResource() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path p : pages) {
            Document d = parse(p);
            String csp = d.select("meta[http-equiv=Content-Security-Policy]").attr("content");
            if (!csp.contains("script-src 'self'") || csp.contains("unsafe-inline") || csp.contains("unsafe-eval")) {
                problems.add(name(p) + ": CSP " + csp);
            }
            for (Element script : d.select("script")) {
                boolean data = script.attr("type").equals("application/ld+json");
                if (!data && (script.attr("src").isEmpty() || !script.data().isBlank())) {
                    problems.add(name(p) + ": inline script");
                }
            }
            for (Element e : d.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    if (a.getKey().startsWith("on") || a.getKey().equals("style")) {
                        problems.add(name(p) + ": " + e.tagName() + "[" + a.getKey() + "]");
                    }
                }
            }
            if (!d.select("style").isEmpty()) {
                problems.add(name(p) + ": <style> element");
            }
            for (Element e : d.select("script[src], img[src], link[rel=stylesheet], link[rel=icon], iframe, source")) {
                String url = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                boolean ownSite = url.startsWith(BASE); // the 404 page's links are absolute
                if (!ownSite && url.matches("(?i)(https?:)?//.*|data:.*")) {
                    problems.add(name(p) + ": external resource " + url);
                }
            }
        }
        assertThat(problems).isEmpty();
    }
}
