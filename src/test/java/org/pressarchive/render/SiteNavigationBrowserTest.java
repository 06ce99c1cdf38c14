package org.pressarchive.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.pressarchive.build.BuildListener;
import org.pressarchive.build.BuildOptions;
import org.pressarchive.build.SiteGenerator;
import org.pressarchive.ingest.SourceReader;
import org.pressarchive.parse.FrenchReleaseParser;
import org.pressarchive.testing.Chromium;
import org.pressarchive.testing.LinkCheck;

/**
 * A reader in Chromium, on the site opened from {@code file://}: from the home page to a speaker's
 * statements and back by clicking, the language switcher, and the reading views of a translated
 * release with and without the view script.
 */
class SiteNavigationBrowserTest {
    static final String RELEASE = "2025-10-28-wang-yi-yermek-kosherbayev";

    @TempDir
    static Path dir;
    static Path site;
    static ChromeDriver browser;

    @BeforeAll
    static void buildAndStart() throws Exception {
        Chromium.requireInstalled();
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("seeds/000_c3a0a43d85b2b77a.txt"), in.resolve("000_c3a0a43d85b2b77a.txt"));
        StringBuilder en = new StringBuilder("---\ntitle: Wang Yi meets Yermek Kosherbayev\n---\n");
        for (int i = 1; i <= 6; i++) {
            en.append("English paragraph ").append(i).append(".\n\n");
        }
        Files.writeString(in.resolve("000_c3a0a43d85b2b77a.en.md"), en.toString());
        site = dir.resolve("site");
        new SiteGenerator(FrenchReleaseParser.standard(), SourceReader.standard(),
                Clock.fixed(Instant.EPOCH, ZoneOffset.UTC), SiteGenerator.standardOutputs())
                .build(BuildOptions.of(in, site), BuildListener.NONE);
        LinkCheck.assertClean(site);
        browser = Chromium.start(Files.createDirectories(dir.resolve("profile")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void noConsoleErrors() {
        if (browser == null) {
            return;
        }
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue()).toList();
        assertThat(errors).as("browser console").isEmpty();
    }

    private void open(String path) {
        int hash = path.indexOf('#');
        String file = hash < 0 ? path : path.substring(0, hash);
        browser.get(site.resolve(file).toUri() + (hash < 0 ? "" : path.substring(hash)));
    }

    private void click(String css) {
        browser.findElement(By.cssSelector(css)).click();
    }

    @Test
    void fromTheHomePageToASpeakersStatementsAndBack() {
        open("index.html");
        browser.findElement(By.linkText("Intervenants")).click();
        assertThat(browser.getCurrentUrl()).endsWith("intervenants/index.html");
        browser.findElement(By.linkText("Wang Yi")).click();
        assertThat(browser.getCurrentUrl()).endsWith("intervenants/wang-yi.html");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Wang Yi");
        List<WebElement> statements = browser.findElements(By.cssSelector("a[href*='communiques/'][href*='#p']"));
        assertThat(statements).isNotEmpty();
        statements.get(0).click();
        assertThat(browser.getCurrentUrl()).contains("communiques/" + RELEASE + ".html#p");
        String fragment = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        assertThat(browser.executeScript("return document.querySelector(':target').id")).isEqualTo(fragment);
        browser.findElement(By.linkText("Accueil")).click();
        assertThat(browser.getCurrentUrl()).endsWith("/site/index.html");
    }

    @Test
    void theLanguageSwitcherLandsOnTheSamePage() {
        open("communiques/" + RELEASE + ".html");
        click(".lang-switch a[hreflang=en]");
        assertThat(browser.getCurrentUrl()).endsWith("en/communiques/" + RELEASE + ".html");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        click(".lang-switch a[hreflang=fr]");
        assertThat(browser.getCurrentUrl()).endsWith("/site/communiques/" + RELEASE + ".html");
    }

    @Test
    void theReadingViewsSwitchAndTheChoiceIsRemembered() {
        open("en/communiques/" + RELEASE + ".html");
        WebElement original = browser.findElement(By.cssSelector("#p2 .orig"));
        WebElement translation = browser.findElement(By.cssSelector("#p2 .tr"));
        assertThat(original.isDisplayed()).isTrue();
        assertThat(translation.isDisplayed()).isTrue();
        click(".view-switch a[data-view=translation]");
        assertThat(original.isDisplayed()).isFalse();
        assertThat(translation.isDisplayed()).isTrue();
        open("en/communiques/" + RELEASE + ".html");
        assertThat(browser.findElement(By.cssSelector("#p2 .orig")).isDisplayed()).as("remembered").isFalse();
        click(".view-switch a[data-view=both]");
        assertThat(browser.findElement(By.cssSelector("#p2 .orig")).isDisplayed()).isTrue();
    }

    @Test
    void theViewsWorkWithoutTheScriptThroughTargets() {
        open("en/communiques/" + RELEASE + ".html#view-original");
        browser.executeScript("document.querySelector('.bilingual').removeAttribute('data-view')");
        assertThat(browser.findElement(By.cssSelector("#p2 .tr")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("#p2 .orig")).isDisplayed()).isTrue();
    }

    @Test
    void theCitationCopyButtonAppearsWithJavaScript() {
        open("communiques/" + RELEASE + ".html");
        assertThat(browser.findElement(By.cssSelector("button.copy")).isDisplayed()).isTrue();
    }
}
