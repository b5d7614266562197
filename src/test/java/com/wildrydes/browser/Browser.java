package com.wildrydes.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian Chromium driven by Selenium, with the flags this machine needs, a fresh
 * profile, and full-page screenshots kept under {@code target/screenshots/<journey>/NN-<page>.png}.
 */
public final class Browser implements AutoCloseable {

    private static final int DESKTOP_MIN_WIDTH = 500;

    private final ChromeDriver driver;
    private final Path profile;
    private final Path screenshots;
    private final String baseUrl;
    private int shots;

    public Browser(String baseUrl, String journey, int width, String language) {
        this.baseUrl = baseUrl;
        this.screenshots = Path.of("target", "screenshots", journey);
        try {
            this.profile = Files.createTempDirectory("wildrydes-chromium");
            Files.createDirectories(screenshots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(ChromiumAvailable.CHROMEDRIVER.toFile()).build(), options(language));
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        driver.manage().window().setSize(new Dimension(Math.max(width, DESKTOP_MIN_WIDTH), 900));
        if (width < DESKTOP_MIN_WIDTH) {
            emulatePhone(width);
        }
    }

    /**
     * Chromium's window is never narrower than 500 px, so a phone is emulated as Chrome's device
     * toolbar does: a mobile viewport of that width, with overlay scrollbars as on a real phone.
     */
    private void emulatePhone(int width) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 812, "deviceScaleFactor", 1, "mobile", true));
    }

    private ChromeOptions options(String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ChromiumAvailable.CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    public void click(String css) {
        find(css).click();
    }

    /**
     * Clicks a link or submit button and waits until the next page has replaced this one and
     * finished loading: under load a click can return before the navigation commits, and a
     * screenshot taken mid-navigation never answers.
     */
    public void clickToNextPage(String css) {
        WebElement page = find("html");
        find(css).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(next -> replaced(page)
                && "complete".equals(driver.executeScript("return document.readyState;")));
    }

    /**
     * True once the old page's root is gone. Chromium sometimes reports the detached node as an inspector error
     * ("Node with given id does not belong to the document") instead of a stale element; both mean replaced.
     */
    private static boolean replaced(WebElement oldRoot) {
        try {
            oldRoot.isEnabled();
            return false;
        } catch (StaleElementReferenceException gone) {
            return true;
        } catch (WebDriverException detached) {
            String message = detached.getMessage();
            if (message != null && message.contains("does not belong to the document")) {
                return true;
            }
            throw detached;
        }
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public String text() {
        return find("body").getText();
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Saves a screenshot of the whole page, not just the window. */
    public Path screenshot(String page) {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        Path file = screenshots.resolve(String.format("%02d-%s.png", ++shots, page));
        try {
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** Severe messages from the page's console (JavaScript errors, failed loads, CSP refusals). */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
