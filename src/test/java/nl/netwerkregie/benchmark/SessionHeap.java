package nl.netwerkregie.benchmark;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The heap a logged-in Vaadin session keeps: a coordinator logs in N times in headless Chromium (each time with no
 * cookies, so the server keeps N sessions, each with Mijn taken open on its first page), and the used heap after a
 * full GC is compared with the heap before. Each session holds two UIs: the login page's, which Vaadin drops after
 * three missed heartbeats (15 minutes), and the one after the login. The sessions stay until they time out, as a
 * closed browser's do.
 */
final class SessionHeap implements AutoCloseable {

    private final int port;
    private ChromeDriver driver;
    private WebDriverWait wait;

    SessionHeap(int port) {
        this.port = port;
    }

    void measure(int open, List<Integer> sessionCounts) throws IOException, InterruptedException {
        start();
        logIn(); // the first login warms the caches (views, translations, the engine's) that are not per session
        long before = heapAfterGc();
        int sessions = 0;
        for (int target : sessionCounts) {
            while (sessions < target) {
                logIn();
                sessions++;
            }
            long after = heapAfterGc();
            System.out.printf(java.util.Locale.ROOT, "BENCHMARK vaadin_session open=%d sessions=%d "
                    + "retained_kb_per_session=%.0f%n", open, sessions, (after - before) / 1024.0 / sessions);
        }
    }

    private void logIn() {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field[name='username'] input")))
                .sendKeys("coordinator1");
        driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input")).sendKeys("demo");
        driver.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("current-user"), "title", "coordinator1"));
        // The login lands on Mijn taken (the root route); its grid shows the first rows.
        wait.until(d -> !d.findElements(By.cssSelector("#task-grid vaadin-grid-cell-content")).isEmpty());
    }

    private static long heapAfterGc() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private void start() throws IOException {
        if (driver != null) {
            return;
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--window-size=1366,900", "--user-data-dir=" + Files.createTempDirectory("chromium-benchmark"));
        driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build(), options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    }

    @Override
    public void close() {
        if (driver != null) {
            driver.quit();
        }
    }
}
