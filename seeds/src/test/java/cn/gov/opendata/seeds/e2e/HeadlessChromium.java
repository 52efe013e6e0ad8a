package cn.gov.opendata.seeds.e2e;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium for the browser tests (deploy/local/ensure-browser.sh installs it; the system properties
 * dashboard.chromium and dashboard.chromedriver point elsewhere): a profile folder of its own, removed on close, the
 * browser console kept for the tests to read, the driver's log under target/e2e-logs.
 */
final class HeadlessChromium implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A browser named {@code name} (its log and profile say so) with a window of the given size and Chromium prefs. */
    static HeadlessChromium start(String name, Dimension window, Map<String, Object> prefs) throws IOException {
        File chromium = new File(System.getProperty("dashboard.chromium", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("dashboard.chromedriver", "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !chromedriver.canExecute()) {
            throw new IllegalStateException(chromium + " and " + chromedriver + " are needed: run deploy/local/ensure-browser.sh");
        }
        Path profile = Files.createTempDirectory(name + "-chromium");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .withLogFile(Path.of("target", "e2e-logs", "chromedriver-" + name + ".log").toFile())
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--disable-extensions",
                "--window-size=" + window.getWidth() + "," + window.getHeight(), "--user-data-dir=" + profile);
        if (!prefs.isEmpty()) {
            options.setExperimentalOption("prefs", prefs);
        }
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(window);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return new HeadlessChromium(driver, profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    Path profile() {
        return profile;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
