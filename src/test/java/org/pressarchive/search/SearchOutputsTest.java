package org.pressarchive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built search pages and index as files: structure, no-JS fallback, CSP, determinism. */
class SearchOutputsTest {
    @TempDir
    Path dir;

    @Test
    void searchPagesWorkWithoutInlineScriptAndExplainWithoutJavaScript() throws Exception {
        Path site = TestArchive.build(dir);
        for (String page : new String[] {"recherche.html", "en/search.html"}) {
            Document doc = Jsoup.parse(site.resolve(page).toFile());
            assertThat(doc.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
                    .contains("script-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
            for (Element script : doc.select("script")) {
                assertThat(script.attr("src")).isNotEmpty();
                assertThat(script.data()).isEmpty();
            }
            assertThat(doc.select("*").stream().flatMap(e -> e.attributes().asList().stream())
                    .filter(a -> a.getKey().startsWith("on"))).isEmpty();
            Element nojs = doc.getElementById("search-nojs");
            assertThat(nojs.hasAttr("hidden")).isFalse();
            assertThat(nojs.select("a").attr("href")).endsWith("archives/index.html");
            Element form = doc.getElementById("search-form");
            assertThat(form.attr("method")).isEqualTo("get");
            assertThat(form.select("input[name=q]")).hasSize(1);
            assertThat(doc.select("label[for=search-q]")).hasSize(1);
            String index = doc.getElementById("search-app").attr("data-index");
            String script = doc.select("script[src$=search.js]").attr("src");
            assertThat(site.resolve(page).resolveSibling(index + "meta.js").normalize()).exists();
            assertThat(site.resolve(page).resolveSibling(script).normalize()).exists();
        }
        assertThat(Jsoup.parse(site.resolve("en/search.html").toFile()).getElementById("search-app").attr("data-index"))
                .isEqualTo("../search/en/");
    }

    @Test
    void everyPageHasASearchBoxThatWorksWithoutJavaScript() throws Exception {
        Path site = TestArchive.build(dir);
        try (Stream<Path> pages = Files.walk(site)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(page.toFile());
                Element form = doc.selectFirst("header form[role=search]");
                assertThat(form).as(site.relativize(page).toString()).isNotNull();
                assertThat(page.resolveSibling(form.attr("action")).normalize().getFileName().toString())
                        .isIn("recherche.html", "search.html");
                assertThat(page.resolveSibling(form.attr("action")).normalize()).exists();
                assertThat(form.select("input[name=q]").attr("id")).isEqualTo("site-search-q");
                assertThat(form.select("label[for=site-search-q]").text()).isNotEmpty();
            }
        }
    }

    @Test
    void sameInputGivesTheSameIndexBytes() throws Exception {
        Map<String, String> first = indexFiles(TestArchive.build(dir.resolve("one")));
        Map<String, String> second = indexFiles(TestArchive.build(dir.resolve("two")));
        assertThat(first).isNotEmpty().containsExactlyEntriesOf(second);
    }

    private static Map<String, String> indexFiles(Path site) throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site.resolve("search"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(site.relativize(f).toString(), Files.readString(f));
            }
        }
        out.put("recherche.html", Files.readString(site.resolve("recherche.html")));
        return out;
    }
}
