package nl.netwerkregie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every role's screens at both widths (issue 16, acceptances 1 and 5): with {@code -Dscreens=all} each demo role
 * logs in and opens every
 * entry of its own menu that an earlier role did not open, and from each list the first item's own page; each
 * page is looked at by
 * {@link BrowserTest#look}: a screenshot at 1366 and at 390 px in {@code target/screenshots}, axe-core at both
 * widths, and no ISO date or decimal point in the Dutch text.
 */
class RoleScreensJourneyIT extends BrowserTest {

    /** The lists whose first row opens a page of its own, with the grid that lists them. */
    private static final List<String[]> LISTS_WITH_PAGES = List.of(
            new String[] {"besluiten", "decision-grid"},
            new String[] {"organisaties", "organisation-grid"},
            new String[] {"werkgroepen", "werkgroep-grid"},
            new String[] {"opdrachten", "assignment-grid"},
            new String[] {"jaarplannen", "jaarplannen-grid"});

    /**
     * The screens already looked at, by an earlier role: a list the board sees is the coordinator's list with fewer
     * buttons, and looking again would double the run's time. Each role's own task list is always looked at.
     */
    private static final Set<String> LOOKED_AT = new java.util.HashSet<>();

    /** Every demo role: {@code -Dscreens=all} (README, "Screenshots of every role"), about three minutes. */
    private static final List<String> EVERY_ROLE = List.of("coordinator1", "bestuur1", "secretaris", "voorzitter1",
            "contact1", "coordinatorutrecht", "landelijk", "beheerder");

    /**
     * The short version in the test command: the coordinator sees nearly every screen, the member's contact and
     * the operator the few others (Mijn organisatie, Opzeggen, Netwerken, Landelijk); the board members' and the
     * secretary's own screens are in the journeys.
     */
    private static final List<String> SHORT = List.of("coordinator1", "contact1", "beheerder");

    static List<String> roles() {
        return everyRole() ? EVERY_ROLE : SHORT;
    }

    /** The long run also opens the first item of each list (the journeys look at those pages in the short one). */
    private static boolean everyRole() {
        return "all".equals(System.getProperty("screens"));
    }

    @ParameterizedTest
    @MethodSource("roles")
    void everyScreenOfTheRoleReadsWellOnADesktopAndAPhone(String user) throws Exception {
        logInAs(user);
        waitFor("main-content");
        List<String> paths = menuPaths();
        assertThat(paths).as(user + "'s menu").isNotEmpty();
        for (String path : paths) {
            if (!path.isEmpty() && !LOOKED_AT.add(path)) {
                continue;
            }
            open(path);
            look("role-" + user + "-" + slug(path));
            String grid = gridOf(path);
            if (everyRole() && grid != null && openFirstRow(grid)) {
                look("role-" + user + "-" + slug(path) + "-first");
            }
        }
    }

    private List<String> menuPaths() {
        Set<String> paths = new LinkedHashSet<>();
        for (WebElement item : driver.findElements(By.cssSelector("vaadin-side-nav-item"))) {
            String path = item.getAttribute("path");
            if (path != null) {
                paths.add(path);
            }
        }
        return new ArrayList<>(paths);
    }

    private void open(String path) {
        driver.get(url("/" + path));
        // The application form (Nieuwe aanvraag) is the public page, outside the frame: no main-content there.
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1, h2")));
        resize(DESKTOP);
    }

    private static String gridOf(String path) {
        return LISTS_WITH_PAGES.stream().filter(l -> l[0].equals(path)).map(l -> l[1]).findFirst().orElse(null);
    }

    /** Clicks the list's first row, if it has one, and waits for the page it opens. */
    private boolean openFirstRow(String gridId) {
        String before = driver.getCurrentUrl();
        List<WebElement> cells;
        try {
            wait.withTimeout(java.time.Duration.ofSeconds(5)).until(d -> !firstRowCells(gridId).isEmpty());
            cells = firstRowCells(gridId);
        } catch (org.openqa.selenium.TimeoutException empty) {
            return false;
        } finally {
            wait.withTimeout(java.time.Duration.ofSeconds(30));
        }
        driver.executeScript("arguments[0].click();", cells.get(0));
        wait.until(d -> !d.getCurrentUrl().equals(before));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1, h2")));
        return true;
    }

    private List<WebElement> firstRowCells(String gridId) {
        return driver.findElements(By.cssSelector("#" + gridId + " vaadin-grid-cell-content")).stream()
                .filter(c -> c.isDisplayed() && !c.getText().isBlank())
                .filter(c -> Boolean.TRUE.equals(driver.executeScript(
                        "return arguments[0].assignedSlot && arguments[0].assignedSlot.closest('tbody') != null;", c)))
                .toList();
    }

    private static String slug(String path) {
        return path.isEmpty() ? "taken" : path.replace('/', '-');
    }
}
