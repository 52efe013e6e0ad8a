package cn.gov.opendata.seeds.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Signing in to the dashboard through the real Keycloak login page (deploy/local/keycloak.sh; test.sh starts it) in a
 * real headless Chromium: the clerk of zk-fugou sees its own agency only, signs out, the supervisor of zk sees the
 * city's subtree, signs out. The token comes from Keycloak, not from a test key.
 */
class SignInBrowserIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private static ReferenceSystem system;
    private static ChromeDriver browser;
    private static Path profile;
    private static Map<String, String> passwords;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(LocalKeycloak.running(), "Keycloak is not running at " + LocalKeycloak.URL + ": deploy/local/keycloak.sh start (test.sh does)");
        system = ReferenceSystem.get();
        LocalKeycloak.allowOrigin(system.reportUrl());
        passwords = LocalKeycloak.secrets();
        browser = startChromium();
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @Test
    void theClerkAndThenTheSupervisorSignInSeeTheirAgenciesAndSignOut() throws Exception {
        signIn("clerk-fugou", passwords.get("PASSWORD_CLERK_FUGOU"));
        assertTrue(signedInAs().contains("zk-fugou"), signedInAs());
        List<String> clerks = exportedAgencies();
        assertEquals(List.of("zk-fugou"), clerks, "a clerk's export holds its own agency");
        assertEquals(403L, status("api/v1/reports/zk-xihua/2018"), "a clerk reads no other agency's report");
        signOut();

        signIn("supervisor-zk", passwords.get("PASSWORD_SUPERVISOR_ZK"));
        assertTrue(signedInAs().contains("zk"), signedInAs());
        List<String> city = exportedAgencies();
        assertTrue(city.contains("zk") && city.contains("zk-fugou") && city.contains("zk-xihua") && city.size() > 100,
                "the supervisor's export holds the city's subtree: " + city.size());
        // the token names one agency: the subtree came from the directory
        String token = (String) browser.executeScript("return OpendataSignIn.token()");
        assertTrue(token.length() < 2048, "the supervisor's Keycloak token is " + token.length() + " bytes");
        System.out.println("Keycloak token of supervisor-zk: " + token.length() + " bytes");
        signOut();
    }

    private static void signIn(String user, String password) {
        browser.get(system.reportUrl() + "/");
        new WebDriverWait(browser, TIMEOUT).until(d -> !d.findElements(By.id("signin")).isEmpty());
        browser.findElement(By.id("signin")).click();
        new WebDriverWait(browser, TIMEOUT).until(d -> !d.findElements(By.id("kc-login")).isEmpty());
        assertTrue(browser.getCurrentUrl().startsWith(LocalKeycloak.ISSUER), "Keycloak's own login page: " + browser.getCurrentUrl());
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("kc-login")).click();
        new WebDriverWait(browser, TIMEOUT).until(d -> d.getCurrentUrl().startsWith(system.reportUrl())
                && !d.findElements(By.id("signin-user")).isEmpty());
        assertTrue(!browser.getCurrentUrl().contains("code="), "the code is taken out of the address");
    }

    private static String signedInAs() {
        return browser.findElement(By.id("signin-user")).getText();
    }

    private static void signOut() {
        browser.findElement(By.id("signout")).click();
        new WebDriverWait(browser, TIMEOUT).until(d -> d.getCurrentUrl().startsWith(system.reportUrl())
                && !d.findElements(By.id("signin")).isEmpty());
        assertEquals(null, browser.executeScript("return sessionStorage.getItem('opendata.token')"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> exportedAgencies() {
        return (List<String>) browser.executeAsyncScript("var done = arguments[0];"
                + "fetch('api/v1/exports/2018', {headers: {Authorization: 'Bearer ' + OpendataSignIn.token()}})"
                + ".then(function (r) { return r.json(); })"
                + ".then(function (e) { done(e.agencies.map(function (a) { return a.code; }).sort()); },"
                + " function (e) { done(['error ' + e]); });");
    }

    private static long status(String path) {
        return (Long) browser.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {headers: {Authorization: 'Bearer ' + OpendataSignIn.token()}})"
                + ".then(function (r) { done(r.status); }, function () { done(-1); });", path);
    }

    private static ChromeDriver startChromium() throws IOException {
        File chromium = new File(System.getProperty("dashboard.chromium", "/usr/bin/chromium"));
        File driver = new File(System.getProperty("dashboard.chromedriver", "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !driver.canExecute()) {
            throw new IllegalStateException(chromium + " and " + driver + " are needed: run deploy/local/ensure-browser.sh");
        }
        profile = Files.createTempDirectory("signin-chromium");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort()
                .withLogFile(Path.of("target", "e2e-logs", "chromedriver-signin.log").toFile()).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-default-apps", "--disable-extensions", "--window-size=1366,768", "--user-data-dir=" + profile);
        ChromeDriver chrome = new ChromeDriver(service, options);
        chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return chrome;
    }
}
