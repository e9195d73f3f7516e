package com.souk.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's chromium and chromium-driver) driving Souk's pages. `.ci/run` installs
 * both; where they are missing, browser tests are skipped with that reason rather than failing.
 */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final int MAX_SCREENSHOT_HEIGHT = 6_000;

    private final WebDriver driver;
    private final String baseUrl;

    private Browser(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    public static Browser open(int port) {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
        return new Browser(driver, "http://localhost:" + port);
    }

    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public Browser login(String user) {
        go("/login");
        find("#username").clear();
        find("#username").sendKeys(user);
        find("#password").sendKeys("demo");
        navigate("#login-submit");
        return this;
    }

    public void logout() {
        navigate("#logout");
    }

    /** Clicks something that loads a new page and waits until it has: the next find() must not see the old one. */
    public Browser navigate(String css) {
        return navigate(find(css));
    }

    public Browser navigate(WebElement element) {
        WebElement before = driver.findElement(By.tagName("html"));
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> isGone(before));
        return this;
    }

    /** Chromium reports a replaced page's element as stale or as "not in the document": either way it is gone. */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException gone) {
            return true;
        }
    }

    public WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    public java.util.List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Saves what the page looks like now as target/screenshots/NAME.png. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Saves the whole page, not only what the window shows: makes the window as tall as the page (up to a bound
     * Chromium can still render in one picture) for the screenshot and gives it its size back afterwards.
     */
    public Path wholePageScreenshot(String name) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        Dimension window = driver.manage().window().getSize();
        long height = ((Number) page.executeScript("return document.documentElement.scrollHeight")).longValue();
        int tall = (int) Math.max(window.getHeight(), Math.min(height + 120, MAX_SCREENSHOT_HEIGHT));
        driver.manage().window().setSize(new Dimension(window.getWidth(), tall));
        page.executeScript("window.scrollTo(0, 0)");
        try {
            return screenshot(name);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    public WebDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
