package org.pressarchive.search;

import org.pressarchive.testing.Chromium;
import static org.assertj.core.api.Assertions.assertThat;
import static org.pressarchive.search.TestArchive.QIN_COLONNA;
import static org.pressarchive.search.TestArchive.SEED;
import static org.pressarchive.search.TestArchive.WANG_BAERBOCK;
import static org.pressarchive.search.TestArchive.WANG_KOSHERBAYEV;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search as a reader uses it, in headless Chromium, over the test archive opened from
 * {@code file://} and served over http under a sub-path. Needs the system's Chromium (see
 * {@link Chromium}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserTest {
    private ChromeDriver browser;
    private StaticServer server;
    private Path site;
    private Path dir;

    @BeforeAll
    void start(@TempDir Path tmp) throws Exception {
        dir = tmp;
        Chromium.requireInstalled();
        site = TestArchive.build(dir);
        server = new StaticServer(site, "/repo/");
        browser = Chromium.start(Files.createDirectories(dir.resolve("profile")));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Every test leaves the console without errors. */
    @AfterEach
    void noConsoleErrors() {
        if (browser == null) {
            return;
        }
        List<String> errors = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            // The browser asks the test server's root for /favicon.ico, outside the site: not ours.
            if (e.getLevel().intValue() >= Level.WARNING.intValue() && !e.getMessage().contains("/favicon.ico ")) {
                errors.add(e.getLevel() + " " + e.getMessage());
            }
        }
        assertThat(errors).as("browser console").isEmpty();
    }

    Stream<String> bases() {
        return Stream.of(site.toUri().toString(), server.base());
    }

    private List<String> results(String base, String query) {
        browser.get(base + "recherche.html?" + query);
        return waitForResults();
    }

    private List<String> waitForResults() {
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> "done".equals(
                d.findElement(By.id("search-app")).getAttribute("data-state")));
        return browser.findElements(By.cssSelector("#search-results > li")).stream()
                .map(li -> li.getAttribute("data-id")).toList();
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("bases")
    void typedQueryShowsMatchingReleasesAsYouType(String base) {
        browser.get(base + "recherche.html");
        waitForResults();
        WebElement input = browser.findElement(By.id("search-q"));
        input.sendKeys("aeronautique energie");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> waitForResults().equals(List.of(QIN_COLONNA)));
        assertThat(browser.findElement(By.id("search-status")).getText()).isEqualTo("1 résultat");
        assertThat(browser.findElements(By.cssSelector("#search-results mark")).stream().map(WebElement::getText))
                .contains("aéronautique", "énergie");
        if (base.startsWith("http")) {
            assertThat(browser.getCurrentUrl()).endsWith("recherche.html?q=aeronautique+energie");
        }
    }

    @ParameterizedTest
    @MethodSource("bases")
    void accentlessQueriesFindAccentedTextAndPluralsMatch(String base) {
        assertThat(results(base, q("cooperations economiques"))).containsExactlyInAnyOrder(WANG_BAERBOCK, SEED);
        assertThat(results(base, q("oeuvrer"))).containsExactlyInAnyOrder(WANG_BAERBOCK, SEED);
        assertThat(results(base, q("l'amitie"))).containsExactlyInAnyOrder(WANG_KOSHERBAYEV, SEED);
        assertThat(results(base, q("sino-kazakhes"))).containsExactlyInAnyOrder(WANG_KOSHERBAYEV, SEED);
    }

    @ParameterizedTest
    @MethodSource("bases")
    void filtersNarrowResults(String base) {
        String all = q("cooperation");
        assertThat(results(base, all)).containsExactlyInAnyOrder(WANG_KOSHERBAYEV, WANG_BAERBOCK, QIN_COLONNA, SEED);
        assertThat(results(base, all + "&intervenant=annalena-baerbock")).containsExactly(WANG_BAERBOCK);
        assertThat(results(base, all + "&annee=2023")).containsExactly(QIN_COLONNA);
        assertThat(results(base, all + "&pays=kazakhstan")).containsExactlyInAnyOrder(WANG_KOSHERBAYEV, SEED);
        assertThat(results(base, all + "&pays=chine&annee=2024")).containsExactly(WANG_BAERBOCK);
        assertThat(browser.findElement(By.id("search-speaker")).getAttribute("value")).isEmpty();
        assertThat(browser.findElement(By.id("search-year")).getAttribute("value")).isEqualTo("2024");
        assertThat(results(base, "intervenant=wang-yi")).containsExactlyInAnyOrder(SEED, WANG_KOSHERBAYEV, WANG_BAERBOCK)
                .endsWith(WANG_BAERBOCK);
    }

    @ParameterizedTest
    @MethodSource("bases")
    void phrasesExclusionsAndPrefixes(String base) {
        assertThat(results(base, q("\"partenariat stratégique global permanent\"")))
                .containsExactlyInAnyOrder(WANG_KOSHERBAYEV, SEED);
        assertThat(results(base, q("\"permanent global\""))).isEmpty();
        assertThat(browser.findElement(By.id("search-status")).getText()).isEqualTo("Aucun résultat.");
        assertThat(results(base, q("cooperation -kazakhstan"))).containsExactlyInAnyOrder(WANG_BAERBOCK, QIN_COLONNA);
        assertThat(results(base, q("kosherb"))).containsExactlyInAnyOrder(WANG_KOSHERBAYEV, SEED);
        assertThat(results(base, q("kosherb "))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bases")
    void twoWordPhrasesAndExcludedPhrasesUseThePairIndex(String base) {
        assertThat(results(base, q("\"partenariat stratégique\""))).containsExactlyInAnyOrder(WANG_KOSHERBAYEV, SEED);
        assertThat(browser.findElements(By.cssSelector("#search-results li[data-id='" + WANG_KOSHERBAYEV + "'] a")).get(0)
                .getAttribute("href")).endsWith(WANG_KOSHERBAYEV + ".html#p2");
        assertThat(browser.findElements(By.cssSelector("#search-results mark")).stream().map(WebElement::getText))
                .contains("partenariat", "stratégique");
        assertThat(results(base, q("\"stratégique partenariat\""))).isEmpty();
        assertThat(results(base, q("cooperation -\"partenariat stratégique\"")))
                .containsExactlyInAnyOrder(WANG_BAERBOCK, QIN_COLONNA);
    }

    /** Over http, where the browser lists what it loaded: positions only for phrases the pair index cannot answer. */
    @Test
    void positionsAreLoadedOnlyForLongerPhrasesWithManyCandidates() {
        List<String> loaded = loadedFiles(q("cooperation"));
        assertThat(loaded).anyMatch(f -> f.contains("/search/fr/t/")).anyMatch(f -> f.contains("/search/fr/x/"))
                .noneMatch(f -> f.contains("/search/fr/p/"));
        loaded = loadedFiles(q("\"partenariat stratégique\""));
        assertThat(loaded).anyMatch(f -> f.contains("/search/fr/q/")).noneMatch(f -> f.contains("/search/fr/p/"));
        // two candidates: their texts are checked (and shown)
        loaded = loadedFiles(q("\"partenariat stratégique global permanent\""));
        assertThat(loaded).noneMatch(f -> f.contains("/search/fr/p/"));
        assertThat(browser.findElements(By.cssSelector("#search-results > li"))).hasSize(2);
        // as if there were many candidates: positions
        browser.get(server.base() + "recherche.html");
        waitForResults();
        ((JavascriptExecutor) browser).executeScript("window.pressArchiveSearch.options.textCheck = 0;");
        browser.findElement(By.id("search-q")).sendKeys("\"partenariat stratégique global permanent\" ");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> waitForResults().size() == 2);
        assertThat(waitForResults()).containsExactlyInAnyOrder(WANG_KOSHERBAYEV, SEED);
        browser.findElement(By.id("search-q")).clear();
        browser.findElement(By.id("search-q")).sendKeys("\"permanent global partenariat\" ");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> waitForResults().isEmpty());
        @SuppressWarnings("unchecked")
        List<String> all = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertThat(all).anyMatch(f -> f.contains("/search/fr/p/"));
    }

    @SuppressWarnings("unchecked")
    private List<String> loadedFiles(String query) {
        browser.get(server.base() + "recherche.html?" + query);
        waitForResults();
        return (List<String>) ((JavascriptExecutor) browser).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
    }

    @ParameterizedTest
    @MethodSource("bases")
    void titleAndSpeakerHitsRankFirstThenNewer(String base) {
        assertThat(results(base, q("baerbock"))).containsExactly(WANG_BAERBOCK);
        List<String> wang = results(base, q("wang"));
        assertThat(wang.subList(0, 2)).containsExactlyInAnyOrder(SEED, WANG_KOSHERBAYEV);
        assertThat(wang.get(2)).isEqualTo(WANG_BAERBOCK);
    }

    @ParameterizedTest
    @MethodSource("bases")
    void resultLinkLandsOnTheParagraph(String base) {
        assertThat(results(base, q("aeronautique"))).containsExactly(QIN_COLONNA);
        browser.findElement(By.cssSelector("#search-results a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("communiques/"));
        assertThat(browser.getCurrentUrl()).endsWith("communiques/" + QIN_COLONNA + ".html#p2");
        assertThat(browser.executeScript("return document.querySelector(':target').id")).isEqualTo("p2");
    }

    @ParameterizedTest
    @MethodSource("bases")
    void headerSearchBoxNavigatesToTheSearchPage(String base) {
        browser.get(base + "en/archives/index.html");
        WebElement box = browser.findElement(By.id("site-search-q"));
        box.sendKeys("kazakhstan");
        box.submit();
        List<String> ids = waitForResults();
        assertThat(browser.getCurrentUrl()).contains("en/search.html?q=kazakhstan");
        assertThat(ids).containsExactlyInAnyOrder(WANG_KOSHERBAYEV, SEED);
        assertThat(browser.findElement(By.cssSelector("#search-results .result-original")).getText())
                .contains("original French text");
        assertThat(browser.findElement(By.cssSelector("#search-results a")).getAttribute("href"))
                .contains("/en/communiques/");
    }

    @Test
    void javaAndJavaScriptAnalyseFrenchTheSameWay() throws IOException {
        browser.get(site.toUri() + "recherche.html");
        waitForResults();
        FrenchAnalysis analysis = new FrenchAnalysis();
        List<String> words;
        try (InputStream in = getClass().getResourceAsStream("/search/french-words.txt")) {
            words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
        assertThat(words).hasSizeGreaterThanOrEqualTo(200);
        @SuppressWarnings("unchecked")
        List<String> js = (List<String>) ((JavascriptExecutor) browser).executeScript(
                "var meta = window.pressArchiveSearch.page.engine.meta;"
                        + "var a = window.pressArchiveSearch.analyzer(meta.stop, meta.elisions);"
                        + "return arguments[0].map(function (w) { return a.normalise(w); });", words);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String java = analysis.normalise(words.get(i));
            if (!java.equals(js.get(i))) {
                mismatches.add(words.get(i) + ": java=" + java + " js=" + js.get(i));
            }
        }
        assertThat(mismatches).isEmpty();

        String text = new String(Files.readAllBytes(Path.of("seeds/000_c3a0a43d85b2b77a.txt")), StandardCharsets.UTF_8);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tokens = (List<Map<String, Object>>) ((JavascriptExecutor) browser).executeScript(
                "var meta = window.pressArchiveSearch.page.engine.meta;"
                        + "return window.pressArchiveSearch.analyzer(meta.stop, meta.elisions).analyze(arguments[0])"
                        + ".map(function (t) { return {term: t.term, position: t.position, start: t.start, end: t.end}; });",
                text);
        List<String> jsTokens = tokens.stream().map(t -> t.get("term") + "@" + t.get("position") + ":" + t.get("start")
                + "-" + t.get("end")).toList();
        List<String> javaTokens = analysis.analyze(text).stream()
                .map(t -> t.term() + "@" + t.position() + ":" + t.start() + "-" + t.end()).toList();
        assertThat(jsTokens).containsExactlyElementsOf(javaTokens);
    }
}
