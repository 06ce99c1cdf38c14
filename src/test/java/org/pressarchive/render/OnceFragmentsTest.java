package org.pressarchive.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pressarchive.render.view.Chrome;
import org.pressarchive.render.view.Link;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code #once.render(...)} gives what the same fragment gives inserted in the page by Thymeleaf,
 * for each language and value (markup characters included), and the site bar it places in the
 * default layout still comes from the theme's {@code chrome.html}, which a theme folder overrides.
 */
class OnceFragmentsTest {
    static final String SPECIAL = "& < > \" ' </a><script>alert('x')</script>";

    @TempDir
    Path theme;

    @Test
    void onceGivesTheInsertedFragmentForEachLanguageAndValue() throws Exception {
        Files.writeString(theme.resolve("inserted.html"),
                "[<th:block th:insert=\"~{chrome.html :: siteBar(${bar})}\"></th:block>]", StandardCharsets.UTF_8);
        Files.writeString(theme.resolve("once.html"),
                "[<th:block th:utext=\"${#once.render('chrome.html :: siteBar(bar)', bar)}\"></th:block>]",
                StandardCharsets.UTF_8);
        ThemeFiles files = new ThemeFiles(theme);
        MessageBundles messages = new MessageBundles(files, List.of("fr", "en"));
        TemplateRenderer renderer = new TemplateRenderer(files, messages);
        List<Chrome.Bar> bars = List.of(
                new Chrome.Bar("Archive", "index.html", List.of(new Link("Accueil", "index.html")), "recherche.html"),
                new Chrome.Bar("Archive", "../index.html", List.of(new Link("Accueil", "../index.html")),
                        "../recherche.html"),
                new Chrome.Bar(SPECIAL, SPECIAL, List.of(new Link(SPECIAL, SPECIAL), new Link("B", "b.html")), SPECIAL),
                new Chrome.Bar("Archive", "index.html", List.of(), "recherche.html"));
        for (int round = 0; round < 2; round++) { // the second round is served from the cache
            for (String lang : List.of("fr", "en")) {
                for (Chrome.Bar bar : bars) {
                    String inserted = new String(renderer.render("inserted.html", lang, Map.of("bar", bar)),
                            StandardCharsets.UTF_8);
                    String once = new String(renderer.render("once.html", lang, Map.of("bar", bar)),
                            StandardCharsets.UTF_8);
                    assertThat(once).isEqualTo(inserted).contains(bar.search().replace("&", "&amp;")
                            .replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;"));
                }
            }
        }
        String fr = new String(renderer.render("once.html", "fr", Map.of("bar", bars.get(0))), StandardCharsets.UTF_8);
        String en = new String(renderer.render("once.html", "en", Map.of("bar", bars.get(0))), StandardCharsets.UTF_8);
        assertThat(fr).isNotEqualTo(en); // the messages are the page language's
    }

    @Test
    void aThemesChromeHtmlMakesTheHeaderOfEveryPage() throws Exception {
        Files.writeString(theme.resolve("chrome.html"),
                "<th:block th:fragment=\"siteBar(bar)\"><p class=\"mine\" th:text=\"${bar.siteTitle}\"></p></th:block>",
                StandardCharsets.UTF_8);
        ThemeFiles files = new ThemeFiles(theme);
        MessageBundles messages = new MessageBundles(files, List.of("fr"));
        TemplateRenderer renderer = new TemplateRenderer(files, messages);
        Chrome chrome = new Chrome("fr", "Mon <archive>", null, "", "assets/site.css", "index.html",
                List.of(new Link("Accueil", "index.html")), List.of(), null, null, "website", null, "recherche.html");
        String page = new String(renderer.render("404.html", "fr", Map.of("chrome", chrome)), StandardCharsets.UTF_8);
        assertThat(page).contains("<header class=\"site-header\" role=\"banner\">\n  <p class=\"mine\">Mon &lt;archive&gt;</p>\n")
                .doesNotContain("site-nav");
    }
}
