package nl.netwerkregie.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End-to-end journeys in Debian's headless Chromium against the real application on a random port.
 * The test command installs chromium and chromium-driver when they are missing (see run-tests.sh).
 */
@Tag("browser")
public abstract class BrowserTest extends IntegrationTest {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Dimension DESKTOP = new Dimension(1366, 900);
    static final Dimension PHONE = new Dimension(390, 844);
    protected static ChromeDriver driver;
    protected static WebDriverWait wait;

    @LocalServerPort
    protected int port;

    /** The steps after a click run as async continuations: here, as in production, in the background. */
    @BeforeEach
    void runAsyncContinuations() {
        asyncJobs.runInBackground();
    }

    @AfterEach
    void stopAsyncContinuations() {
        asyncJobs.stopBackground();
    }

    @BeforeAll
    static void startBrowser() throws IOException {
        File chromedriver = new File("/usr/bin/chromedriver");
        if (!chromedriver.canExecute()) {
            throw new IllegalStateException("/usr/bin/chromedriver is missing: run ./run-tests.sh, which installs "
                    + "Debian's chromium and chromium-driver, or apt-get install chromium chromium-driver");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1366,900", "--lang=en-US", // Dutch must be the default even for an English browser
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(chromedriver).build(), options);
        // Vaadin may re-render an element between finding it and reading it; Chromium then reports "Node with
        // given id does not belong to the document" as a plain WebDriverException, not a stale element. The wait
        // tries again; a real failure still ends in a TimeoutException that carries the last error as its cause.
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    private org.camunda.bpm.engine.HistoryService historyService;
    @org.springframework.beans.factory.annotation.Autowired
    private org.camunda.bpm.engine.TaskService taskService;
    @org.springframework.beans.factory.annotation.Autowired
    private nl.netwerkregie.board.VotingService voting;

    /**
     * The first board member votes on the vote form in the browser, the others of {@code members} as the first
     * did, through {@code VotingService} (what their forms call): the form itself is this journey's first vote
     * and {@code BoardVoteJourneyIT}'s, and a login and a form per member would double a journey's time.
     *
     * @param label  the start of the choice's label on the form ("Voor", "Tegen")
     * @param reason the reason each member gives, typed on the form by the first; may be null
     */
    protected void boardVotes(List<String> members, String label, nl.netwerkregie.board.VoteChoice choice,
            String reason, String search) throws IOException {
        logInAs(members.get(0));
        openTask("Stemmen", search);
        String firstTask = driver.getCurrentUrl().replaceAll(".*/taken/([^/?#]+).*", "$1");
        WebElement option = driver.findElements(By.cssSelector("#vote-choice vaadin-radio-button label")).stream()
                .filter(l -> l.getText().startsWith(label)).findFirst().orElseThrow();
        click(option);
        if (reason != null) {
            driver.findElement(By.cssSelector("#vote-reason textarea")).sendKeys(reason);
        }
        click(driver.findElement(By.id("cast-vote")));
        waitFor("task-grid");
        String decisionInstance = historyService.createHistoricTaskInstanceQuery().taskId(firstTask).singleResult()
                .getProcessInstanceId();
        long decisionId = Long.parseLong(historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(decisionInstance).singleResult().getBusinessKey());
        for (String member : members.subList(1, members.size())) {
            loginAs(member);
            String task = taskService.createTaskQuery().processInstanceId(decisionInstance).taskAssignee(member)
                    .singleResult().getId();
            voting.castVote(decisionId, task, choice, reason);
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void logInAs(String username) throws IOException {
        logInAs(username, "demo", username);
    }

    /** Logs in with a password of the person's own; {@code account} is the login name the name turns into. */
    protected void logInAs(String username, String password, String account) throws IOException {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-text-field[name='username'] input")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        try {
            wait.until(ExpectedConditions.attributeToBe(By.id("current-user"), "title", account));
        } catch (RuntimeException e) {
            screenshot("failed-login-" + username);
            throw e;
        }
    }

    /** Scrolls the element to the middle of the window first, as a user would, then clicks it. */
    protected void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /**
     * Opens a task from Mijn taken: types {@code search} in the search box first (the grid is virtualised, so a row
     * far down is not in the page), then clicks the topmost visible row whose step is {@code step}.
     */
    protected void openTask(String step, String search) {
        waitFor("task-grid");
        driver.findElement(By.cssSelector("#task-search input")).sendKeys(search);
        // The search applies a moment after typing and re-renders the grid; a click that lands on a row being
        // replaced is lost. Then the row is looked up and clicked again, at most three times in all.
        for (int attempt = 1; ; attempt++) {
            wait.until(d -> d.findElements(By.cssSelector("#task-grid vaadin-grid-cell-content")).stream()
                    .anyMatch(c -> c.getText().equals(step) && c.isDisplayed()));
            try {
                // The row seen a moment ago may have been re-rendered since: then look again (the catch below).
                WebElement cell = driver.findElements(By.cssSelector("#task-grid vaadin-grid-cell-content")).stream()
                        .filter(c -> c.getText().equals(step) && c.isDisplayed())
                        .min(java.util.Comparator.comparingInt(c -> c.getRect().getY()))
                        .orElseThrow(() -> new org.openqa.selenium.StaleElementReferenceException("row re-rendered"));
                driver.executeScript("arguments[0].click();", cell);
                new WebDriverWait(driver, Duration.ofSeconds(10))
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id("task-title")));
                return;
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    protected WebElement waitFor(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /**
     * Looks at the page as every user would (issue 16): a screenshot at 1366 x 900 and at a phone's 390 x 844, each
     * width checked by axe-core for WCAG 2.1 A and AA, and in Dutch mode no ISO date or decimal point in the text.
     * The window returns to its width after, so the journey goes on as it was.
     */
    protected void look(String name) throws IOException {
        lookAt(name, List.of(DESKTOP, PHONE));
    }

    /**
     * Looks at a step on the way as {@link #look} does, on the desktop only (at both widths with
     * {@code -Dscreens=all}): a journey's key screens, the ones a phone user meets, get {@link #look}; the states
     * between them are the same page with other figures, and the phone width of every menu page is looked at by
     * {@code RoleScreensJourneyIT}. It keeps the test command under its 20 minutes.
     */
    protected void glance(String name) throws IOException {
        lookAt(name, "all".equals(System.getProperty("screens")) ? List.of(DESKTOP, PHONE) : List.of(DESKTOP));
    }

    private void lookAt(String name, List<Dimension> sizes) throws IOException {
        Dimension before = driver.manage().window().getSize();
        for (Dimension size : sizes) {
            resize(size);
            settled();
            String suffix = size.equals(PHONE) ? "-390" : "-1366";
            screenshot(name + suffix);
            try {
                Axe.assertNoViolations(driver, name + suffix);
            } catch (AssertionError caughtMidAnimation) {
                // A toast that starts to fade while axe reads the page measures as faint text (contrast 1.3). Such a
                // moment passes; a real violation is still there a second later, and fails then.
                sleepQuietly(1000);
                settled();
                Axe.assertNoViolations(driver, name + suffix);
            }
            // What sticks out to the right, so a failure names the element: "vaadin-radio-group#intake-U2 (612 px)".
            String sticksOut = (String) driver.executeScript("""
                    const m = document.getElementById('main-content') || document.body;
                    if (document.documentElement.scrollWidth <= window.innerWidth + 1 && m.scrollWidth <= m.clientWidth + 1) {
                      return '';
                    }
                    const right = m.getBoundingClientRect().right + 1;
                    return [...m.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > right
                            && ![...e.children].some(c => c.getBoundingClientRect().right > right))
                        .slice(0, 5).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                            + ' (' + Math.round(e.getBoundingClientRect().width) + ' px)').join(', ') || 'the page';""");
            org.assertj.core.api.Assertions.assertThat(sticksOut).as(name + suffix + ": nothing wider than the window")
                    .isEmpty();
            if ("nl".equals(driver.findElement(By.tagName("html")).getAttribute("lang"))) {
                nl.netwerkregie.DutchText.assertReadsDutch(name + suffix,
                        (String) driver.executeScript("return document.body.innerText"));
            }
        }
        resize(before);
    }

    /** Waits until no animation runs (a dialog fading in): axe would measure colours half-way through it. */
    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    protected void settled() {
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return document.getAnimations().every(a => a.playState !== 'running'"
                        + " || (a.effect && a.effect.getComputedTiming().iterations === Infinity));")));
    }

    /** Resizes the window and waits until Vaadin has answered the resize (columns shown or hidden, the drawer). */
    protected void resize(Dimension size) {
        if (driver.manage().window().getSize().equals(size)) {
            return;
        }
        driver.manage().window().setSize(size);
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow ? Object.values(window.Vaadin.Flow.clients) : [];
                return clients.every(c => !c.isActive || !c.isActive());""")));
        try {
            Thread.sleep(150); // Vaadin reports a resize to the server at most every 100 ms
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow ? Object.values(window.Vaadin.Flow.clients) : [];
                return clients.every(c => !c.isActive || !c.isActive());""")));
    }

    protected void screenshot(String name) throws IOException {
        File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
