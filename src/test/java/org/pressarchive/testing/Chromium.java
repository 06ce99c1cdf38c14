package org.pressarchive.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium from the system packages ({@code chromium}, {@code chromium-driver}), never a
 * downloaded browser. Outside CI a missing browser skips the test with a visible message; in CI
 * ({@code CI=true}) it fails the test.
 */
public final class Chromium {
    public static final Path BROWSER = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Skips (or in CI fails) unless both the browser and its driver are installed. */
    public static void requireInstalled() {
        boolean present = Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER);
        String message = "Chromium browser tests need " + BROWSER + " and " + DRIVER
                + " (Debian packages chromium and chromium-driver)";
        if (!present && "true".equals(System.getenv("CI"))) {
            Assertions.fail(message + ": they are missing in CI");
        }
        if (!present) {
            System.err.println("SKIPPED: " + message + " — not installed here");
        }
        Assumptions.assumeTrue(present, message + " — skipped: not installed here");
    }

    /** A new headless browser with a fresh profile in {@code profile}; browser console logs are kept. */
    public static ChromeDriver start(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + profile.toAbsolutePath());
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
