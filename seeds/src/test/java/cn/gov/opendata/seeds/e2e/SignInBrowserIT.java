package cn.gov.opendata.seeds.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

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
    private static HeadlessChromium chromium;
    private static ChromeDriver browser;
    private static Map<String, String> passwords;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(LocalKeycloak.running(), "Keycloak is not running at " + LocalKeycloak.URL + ": deploy/local/keycloak.sh start (test.sh does)");
        system = ReferenceSystem.get();
        LocalKeycloak.allowOrigin(system.reportUrl());
        passwords = LocalKeycloak.secrets();
        chromium = HeadlessChromium.start("signin", new Dimension(1366, 768), Map.of());
        browser = chromium.driver();
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
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
        try {
            new WebDriverWait(browser, TIMEOUT).until(d -> d.getCurrentUrl().startsWith(system.reportUrl())
                    && !d.findElements(By.id("signin-user")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            // say where it stopped: Keycloak's page (its message) or ours (the sign-in box's message)
            throw new AssertionError("not signed in as " + user + " at " + browser.getCurrentUrl() + ": "
                    + browser.findElement(By.tagName("body")).getText().lines().limit(8).toList(), e);
        }
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
}
