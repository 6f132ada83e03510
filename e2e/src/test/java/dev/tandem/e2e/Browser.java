package dev.tandem.e2e;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven by Selenium: Debian's {@code chromium} and {@code chromium-driver} (or CHROME_BIN and
 * CHROMEDRIVER), each browser with a fresh profile. Without them the browser suites skip, unless
 * {@code TANDEM_REQUIRE_BROWSER=true} (CI), where a missing browser is a failure.
 */
final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    /** Skips the calling suite when no browser is installed, or fails it when one is required. */
    static void requireInstalled() {
        boolean found = chromium().isPresent() && chromedriver().isPresent();
        if (!found && "true".equalsIgnoreCase(System.getenv("TANDEM_REQUIRE_BROWSER"))) {
            throw new IllegalStateException("TANDEM_REQUIRE_BROWSER=true but no Chromium and chromedriver were found"
                    + " (apt-get install chromium chromium-driver, or set CHROME_BIN and CHROMEDRIVER)");
        }
        assumeTrue(found, "no Chromium and chromedriver installed: the browser suite is skipped");
    }

    /** A new browser, 1280 × 900 unless told, with a profile of its own. */
    static Browser open(int width, int height) {
        try {
            Path profile = Files.createTempDirectory("tandem-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(chromium().orElseThrow().toFile());
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--user-data-dir=" + profile,
                    "--window-size=" + width + "," + height);
            // The page's console messages, kept for a failure's evidence.
            options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(chromedriver().orElseThrow().toFile())
                    .usingAnyFreePort()
                    .build();
            return new Browser(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WebDriver driver() {
        return driver;
    }

    void go(URI address) {
        driver.get(address.toString());
    }

    /** Signs in on Keycloak's own page, which the console sent the browser to, and waits to be back. */
    void signInAtKeycloak(String username, String password) {
        WebElement user = waitFor(By.id("username"));
        user.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.urlContains("/console/"));
    }

    WebElement waitFor(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /**
     * Clicks what {@code locator} finds, finding it again when the page re-rendered it between the finding and the
     * click (a list the console redraws when its data arrives).
     */
    void click(By locator) {
        new WebDriverWait(driver, PATIENCE)
                .ignoring(StaleElementReferenceException.class)
                .until(current -> {
                    current.findElement(locator).click();
                    return true;
                });
    }

    void waitForText(By locator, String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
    }

    void waitUntilGone(By locator) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(locator));
    }

    Object script(String script, Object... arguments) {
        return driver.executeScript(script, arguments);
    }

    /**
     * Saves the page as {@code <name>.png} in the directory {@code tandem.screenshots} names ({@code docs/console} to
     * refresh the README's pictures), else in {@code e2e/target/console-screenshots}.
     */
    void screenshot(String name) {
        Path root = Path.of(System.getProperty("tandem.root", "..")).toAbsolutePath();
        Path directory = root.resolve(System.getProperty("tandem.screenshots", "e2e/target/console-screenshots"));
        try {
            Files.createDirectories(directory);
            Files.copy(
                    driver.getScreenshotAs(OutputType.FILE).toPath(),
                    directory.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a step of a test; when it fails, leaves the page's picture, its HTML and its console messages in
     * {@code e2e/target/console-failures/<name>.*} before passing the failure on.
     */
    void keepingEvidence(String name, Runnable steps) {
        try {
            steps.run();
        } catch (RuntimeException | AssertionError failure) {
            Path root = Path.of(System.getProperty("tandem.root", "..")).toAbsolutePath();
            Path directory = root.resolve("e2e/target/console-failures");
            try {
                Files.createDirectories(directory);
                Files.copy(
                        driver.getScreenshotAs(OutputType.FILE).toPath(),
                        directory.resolve(name + ".png"),
                        StandardCopyOption.REPLACE_EXISTING);
                Files.writeString(directory.resolve(name + ".html"), driver.getPageSource());
                StringBuilder console = new StringBuilder(driver.getCurrentUrl()).append('\n');
                driver.manage()
                        .logs()
                        .get(org.openqa.selenium.logging.LogType.BROWSER)
                        .forEach(entry -> console.append(entry).append('\n'));
                Files.writeString(directory.resolve(name + ".log"), console);
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
            throw failure;
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var paths = Files.walk(profile)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .map(Path::toFile)
                        .forEach(File::delete);
            } catch (IOException e) {
                // A profile left in the temporary directory harms nothing.
            }
        }
    }

    private static Optional<Path> chromium() {
        return executable("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser");
    }

    private static Optional<Path> chromedriver() {
        return executable("CHROMEDRIVER", "/usr/bin/chromedriver");
    }

    private static Optional<Path> executable(String variable, String... candidates) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        for (String candidate : candidates) {
            Path path = Path.of(candidate);
            if (Files.isExecutable(path)) {
                return Optional.of(path);
            }
        }
        return Optional.empty();
    }
}
