package cn.gov.opendata.seeds.e2e;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The clerks' workbench of the application-service in Debian's headless Chromium, against the running reference
 * system (issue 22): a clerk of zk-fugou registers an in-person request through the form (the Art. 31 rule shown),
 * sends a correction notice and records the corrected request, previews an extension's effect on the due date before
 * saving it (approver named), is refused a second extension in plain words, issues the 延期答复告知书; the supervisor
 * of zk sees the open request in its subtree's to-do with its working days left; the clerk replies 部分公开 with
 * reasons, issues the 答复书 and downloads both letters (DOCX, and the reply as PDF), whose text states the number,
 * the dates, the articles and the remedies. Every sign-in goes through the real Keycloak login page (deploy/local/
 * keycloak.sh; test.sh starts it) as the realm's demo users clerk-fugou and supervisor-zk, and signs out before the
 * next one.
 */
class WorkbenchBrowserIT {

    private static final String AGENCY = "zk-fugou";
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static ReferenceSystem system;
    private static String application;
    private static HeadlessChromium chromium;
    private static ChromeDriver browser;
    private static Path downloads;
    private static Map<String, String> passwords;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(LocalKeycloak.running(), "Keycloak is not running at " + LocalKeycloak.URL + ": deploy/local/keycloak.sh start (test.sh does)");
        system = ReferenceSystem.get();
        application = system.urls().application();
        LocalKeycloak.allowOrigin(application);
        passwords = LocalKeycloak.secrets();
        chromium = HeadlessChromium.start("workbench", new Dimension(1366, 900), Map.of("download.prompt_for_download", false,
                // the letters are saved from a blob after their fetch, outside the click: several in a row must be allowed
                "profile.default_content_setting_values.automatic_downloads", 1));
        browser = chromium.driver();
        // headless Chromium saves downloads only where it is told to
        downloads = Files.createDirectories(chromium.profile().resolve("downloads"));
        browser.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    @AfterAll
    static void stop() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void noConsoleErrors() {
        List<String> severe = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.BROWSER)) {
            // a refused action is answered 409 on purpose; the page shows it in words
            if (entry.getLevel().intValue() >= Level.SEVERE.intValue() && !entry.getMessage().contains(" 409 ")) {
                severe.add(entry.getMessage());
            }
        }
        assertEquals(List.of(), severe, "browser console errors");
    }

    @Test
    void aClerkRegistersCorrectsExtendsRepliesAndDownloadsTheLettersAndTheSupervisorSeesItToDo() throws Exception {
        String tracking = "WB-" + System.nanoTime();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String number = "依申请公开〔" + today.getYear() + "〕";
        signIn("clerk-fugou", "PASSWORD_CLERK_FUGOU", "#register");

        WebElement form = waitFor(By.id("register-form"));
        new Select(form.findElement(By.name("channel"))).selectByValue("IN_PERSON");
        assertTrue(browser.findElement(By.id("receipt-rule")).getText().contains("第三十一条"));
        form.findElement(By.name("trackingNumber")).sendKeys(tracking);
        form.findElement(By.name("name")).sendKeys("张三");
        form.findElement(By.name("subject")).sendKeys("2025年扶沟县财政预算");
        browser.executeScript("arguments[0].value = arguments[1]", form.findElement(By.name("arrivedAt")), today + "T09:30");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser, WAIT).until(d -> ((String) d.getCurrentUrl()).contains("#request/"));
        String request = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("#request/"));
        new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.tagName("main")).getText().contains(tracking));

        act("correction-notice", "on", today.toString(), "reason", "未写明所需信息的名称");
        act("corrected", "on", today.toString());

        choose("extension");
        fill("on", today.toString());
        fill("workingDays", "20");
        fill("approvedBy", "李主任");
        fill("reason", "需要调取档案");
        browser.findElement(By.id("preview")).click();
        WebElement effect = new WebDriverWait(browser, WAIT).until(d -> {
            WebElement e = d.findElement(By.cssSelector("main .effect, main .refusal"));
            return e.getText().isEmpty() ? null : e;
        });
        assertTrue(effect.getText().contains("答复期限") && effect.getText().contains("尚未保存"), effect.getText());
        save();

        fill("on", today.toString());
        fill("workingDays", "5");
        fill("approvedBy", "李主任");
        browser.findElement(By.id("preview")).click();
        WebElement refusal = new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.cssSelector("main .refusal")));
        assertTrue(refusal.getText().startsWith("依法不能进行此操作"), refusal.getText());

        issue("EXTENSION_NOTICE", "延期答复告知书");
        assertTrue(letterRow("延期答复告知书").getText().contains(number), letterRow("延期答复告知书").getText());

        // while it is open, the city's supervisor sees it in the subtree's to-do, with its working days left
        signIn("supervisor-zk", "PASSWORD_SUPERVISOR_ZK", "#todo");
        WebElement within = waitFor(By.name("within"));
        within.clear();
        within.sendKeys("400");
        within.findElement(By.xpath("ancestor::form")).findElement(By.cssSelector("button[type=submit]")).click();
        By row = By.xpath("//main//table//tr[td[1][normalize-space()='" + tracking + "']]");
        WebElement todo = new WebDriverWait(browser, WAIT).until(d -> d.findElement(row));
        List<WebElement> cells = todo.findElements(By.tagName("td"));
        assertEquals(AGENCY, cells.get(1).getText());
        assertTrue(cells.get(5).getText().contains("已延期"), "the due date is marked extended: " + todo.getText());
        assertTrue(cells.get(6).getText().matches("\\d+"), "working days left: " + todo.getText());

        signIn("clerk-fugou", "PASSWORD_CLERK_FUGOU", request);
        new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.tagName("main")).getText().contains(tracking));
        act("reply", "on", today.toString(), "outcome", "PARTIALLY_DISCLOSED", "reason", "第3项涉及他人个人隐私");
        new WebDriverWait(browser, WAIT).until(d -> d.findElement(By.tagName("main")).getText().contains("已办结"));
        issue("REPLY", "答复书");

        String chineseToday = today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日";
        String extension = docxText(download("延期答复告知书", "docx"));
        for (String expected : List.of("政府信息公开延期答复告知书", number, "张三：", "第三十三条第二款", "李主任", "延长20个工作日", chineseToday)) {
            assertTrue(extension.contains(expected), "the 延期答复告知书 lacks " + expected + ": " + extension);
        }
        String reply = docxText(download("答复书", "docx"));
        for (String expected : List.of("政府信息公开申请答复书", number, "申请编号：" + tracking, "本机关对可以公开的部分予以公开",
                "理由：第3项涉及他人个人隐私", "第三十七条", "60日内依法申请行政复议", "6个月内依法向人民法院提起行政诉讼", chineseToday)) {
            assertTrue(reply.contains(expected), "the 答复书 lacks " + expected + ": " + reply);
        }
        byte[] pdf = Files.readAllBytes(download("答复书", "pdf"));
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII), "the 答复书 as PDF");
    }

    /** Chooses a lifecycle action, fills its form by field name and value, saves it and waits for the page to say so. */
    private static void act(String action, String... fields) {
        choose(action);
        for (int i = 0; i < fields.length; i += 2) {
            WebElement input = browser.findElement(By.cssSelector("main form.grid [name=" + fields[i] + "]"));
            if ("select".equals(input.getTagName())) {
                new Select(input).selectByValue(fields[i + 1]);
            } else {
                fill(fields[i], fields[i + 1]);
            }
        }
        save();
    }

    private static void choose(String action) {
        new Select(waitFor(By.name("action"))).selectByValue(action);
    }

    private static void save() {
        browser.findElement(By.cssSelector("main form.grid button[type=submit]")).click();
        // a preview's text may stand there before: wait for the answer of the save itself (saved, or refused)
        WebElement effect = new WebDriverWait(browser, WAIT).until(d -> {
            WebElement e = d.findElement(By.cssSelector("main .effect, main .refusal"));
            return "已保存。".equals(e.getText()) || "refusal".equals(e.getAttribute("class")) ? e : null;
        });
        assertEquals("已保存。", effect.getText());
    }

    /** Issues a letter through the letters' form and waits for its row (the form's own options name the kinds too). */
    private static void issue(String kind, String title) {
        // the page redraws the letters after each saved step: a form that was replaced meanwhile is taken again
        new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> kinds = d.findElements(By.name("kind"));
            if (kinds.size() != 1) {
                return false;
            }
            new Select(kinds.get(0)).selectByValue(kind);
            kinds.get(0).findElement(By.xpath("ancestor::form")).findElement(By.cssSelector("button[type=submit]")).click();
            return true;
        });
        new WebDriverWait(browser, WAIT).until(d -> !d.findElements(letterRowPath(title)).isEmpty());
    }

    private static By letterRowPath(String title) {
        return By.xpath("//main//table//tr[td[2][normalize-space()='" + title + "']]");
    }

    private static WebElement letterRow(String title) {
        return browser.findElement(letterRowPath(title));
    }

    /** Clicks the letter's download button and waits for the browser to have saved the file. */
    private static Path download(String title, String format) throws IOException {
        Set<Path> before = downloadedFiles();
        letterRow(title).findElement(By.cssSelector("button.download[data-format=" + format + "]")).click();
        return new WebDriverWait(browser, WAIT).until(d -> {
            Set<Path> now = downloadedFiles();
            now.removeAll(before);
            return now.stream().filter(p -> p.toString().endsWith("." + format)).findFirst().orElse(null);
        });
    }

    private static Set<Path> downloadedFiles() {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.collect(Collectors.toCollection(HashSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String docxText(Path docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(Files.newInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    private static void fill(String name, String value) {
        WebElement input = browser.findElement(By.cssSelector("main form.grid [name=" + name + "]"));
        if ("date".equals(input.getAttribute("type"))) {
            browser.executeScript("arguments[0].value = arguments[1]", input, value);
        } else {
            input.clear();
            input.sendKeys(value);
        }
    }

    private static WebElement waitFor(By by) {
        return new WebDriverWait(browser, WAIT).until(d -> d.findElement(by));
    }

    /** Signs out whoever is signed in, signs in as {@code user} on Keycloak's own login page, then opens {@code hash}. */
    private static void signIn(String user, String passwordKey, String hash) {
        browser.get(application + "/workbench/index.html");
        new WebDriverWait(browser, WAIT).until(d -> !d.findElements(By.id("signin")).isEmpty()
                || !d.findElements(By.id("signout")).isEmpty());
        if (!browser.findElements(By.id("signout")).isEmpty()) {
            browser.findElement(By.id("signout")).click();
            new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().startsWith(application)
                    && !d.findElements(By.id("signin")).isEmpty());
        }
        browser.findElement(By.id("signin")).click();
        new WebDriverWait(browser, WAIT).until(d -> !d.findElements(By.id("kc-login")).isEmpty());
        assertTrue(browser.getCurrentUrl().startsWith(LocalKeycloak.ISSUER), "Keycloak's own login page: " + browser.getCurrentUrl());
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(passwords.get(passwordKey));
        browser.findElement(By.id("kc-login")).click();
        try {
            new WebDriverWait(browser, WAIT).until(d -> d.getCurrentUrl().startsWith(application)
                    && !d.findElements(By.id("signin-user")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("not signed in as " + user + " at " + browser.getCurrentUrl() + ": "
                    + browser.findElement(By.tagName("body")).getText().lines().limit(8).toList(), e);
        }
        // the token stays in the tab's session storage: a fresh load of the page opens the asked-for view with it
        browser.get(application + "/workbench/workbench.css");
        browser.get(application + "/workbench/index.html" + hash);
    }
}
