package nl.netwerkregie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionMode;
import nl.netwerkregie.board.Vote;
import nl.netwerkregie.board.VoteChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every hand and every device (issue 16): a board member votes with the keyboard alone, and logs out and
 * switches language on a phone, where the navbar has no room for either.
 */
class KeyboardAndPhoneJourneyIT extends BrowserTest {

    @Autowired BoardDecisionService decisions;

    @AfterEach
    void backToTheDesktop() {
        driver.manage().window().setSize(DESKTOP);
    }

    @Test
    void aBoardMemberLogsInOpensTheVoteVotesAndLogsOutWithoutTheMouse() throws Exception {
        String subject = "Toetsenbordbesluit " + System.nanoTime() % 100000;
        loginAs("coordinator1");
        long decision = decisions.putToBoard(subject, "Stemt u in?", "Alles met het toetsenbord.",
                DecisionMode.ONLINE, null);

        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field[name='username'] input")));
        focusedUntil(ids -> "username".equals(nameOfFocused()), Keys.TAB);
        keys("bestuur1", Keys.TAB, "demo", Keys.ENTER);
        wait.until(ExpectedConditions.attributeToBe(By.id("current-user"), "title", "bestuur1"));
        waitFor("task-grid");

        // The first Tab reaches "Naar de inhoud"; it leads past the header and the menu into the page.
        wait.until(d -> focusedId() != null && focusedIsInMain());
        keys(Keys.chord(Keys.SHIFT, Keys.TAB));
        focusedUntil(at("skip-link"), Keys.chord(Keys.SHIFT, Keys.TAB));
        assertThat(driver.findElement(By.id("skip-link")).getText()).as("shown once focused").isEqualTo("Naar de inhoud");
        keys(Keys.ENTER);
        wait.until(d -> at("main-content").test(focusedId()));
        assertThat(driver.findElements(By.cssSelector("main"))).as("one main landmark").hasSize(1);

        focusedUntil(at("task-search"), Keys.TAB);
        keys(subject);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-grid"), subject));
        wait.until(d -> d.findElements(By.cssSelector("#task-grid vaadin-grid-cell-content")).stream()
                .filter(c -> c.isDisplayed() && c.getText().equals("Stemmen")).count() == 1);
        focusedUntil(at("task-grid"), Keys.TAB); // the header row first
        keys(Keys.TAB); // past the header row into the rows (the grid's second tab stop)
        assertThat(focusedId()).as("on a row").contains("items");
        keys(Keys.ENTER); // open it
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decision-proposal"), "toetsenbord"));
        wait.until(d -> focusedIsInMain());

        focusedUntil(at("vote-choice"), Keys.TAB);
        keys(Keys.SPACE); // the first choice: voor
        focusedUntil(at("vote-reason"), Keys.TAB);
        keys("Met de Tab-toets");
        focusedUntil(at("cast-vote"), Keys.TAB);
        keys(Keys.ENTER);
        assertThat(waitFor("completion-message").getText()).startsWith("Uw stem is vastgelegd.");

        focusedUntil(at("logout"), Keys.chord(Keys.SHIFT, Keys.TAB));
        keys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/login"));

        loginAs("coordinator1");
        assertThat(decisions.votes(decision)).extracting(Vote::getMemberId, Vote::getChoice, Vote::getReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bestuur1", VoteChoice.YES, "Met de Tab-toets"));
    }

    @Test
    void onAPhoneTheMenuHoldsLogOutAndTheLanguageAndNothingSticksOutOfTheScreen() throws Exception {
        driver.manage().window().setSize(PHONE);
        logInAs("bestuur1");
        waitFor("task-grid");
        assertThat(driver.findElement(By.id("logout")).isDisplayed()).as("no room in the navbar").isFalse();
        assertThat(pageIsNoWiderThanTheScreen()).isTrue();
        assertThat(driver.findElements(By.cssSelector("#task-grid vaadin-grid-cell-content")).stream()
                .filter(WebElement::isDisplayed).map(WebElement::getText)).as("the key columns only")
                .contains("Taak").doesNotContain("Soort zaak", "Opgepakt door");
        look("phone-1-my-tasks");
        Axe.assertNoViolations(driver, "Mijn taken at 390 px");

        // An address that leads nowhere says so, in Dutch, with the way back (not a silent jump to the login).
        driver.get(url("/bestaat-niet"));
        assertThat(waitFor("not-found-title").getText()).isEqualTo("Deze pagina bestaat niet");
        look("phone-1b-not-found");
        driver.get(url("/"));
        waitFor("task-grid");

        openTheMenu();
        screenshot("phone-2-menu");
        Axe.assertNoViolations(driver, "the menu at 390 px");
        click(waitFor("drawer-language"));
        WebElement english = wait.until(d -> d.findElements(By.cssSelector("vaadin-select-item")).stream()
                .filter(i -> i.isDisplayed() && i.getText().equals("English")).findFirst().orElse(null));
        click(english);
        wait.until(ExpectedConditions.attributeToBe(By.id("skip-link"), "textContent", "Skip to content"));
        waitFor("task-grid");
        assertThat(pageIsNoWiderThanTheScreen()).isTrue();
        screenshot("phone-3-english");

        openTheMenu();
        click(waitFor("drawer-logout"));
        wait.until(ExpectedConditions.urlContains("/login"));
        driver.manage().deleteAllCookies(); // the next journey starts in Dutch again
    }

    private void openTheMenu() {
        click(driver.findElement(By.cssSelector("vaadin-drawer-toggle")));
        wait.until(d -> d.findElement(By.id("drawer-logout")).isDisplayed());
    }

    private boolean pageIsNoWiderThanTheScreen() {
        return (Boolean) driver.executeScript("""
                const m = document.getElementById('main-content');
                return document.documentElement.scrollWidth <= window.innerWidth + 1
                    && (!m || m.scrollWidth <= m.clientWidth + 1);""");
    }

    private void keys(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Presses the key until the focus is where the test wants it, at most 40 times (a user would too). */
    private void focusedUntil(Predicate<String> where, CharSequence key) {
        for (int i = 0; i < 40; i++) {
            if (where.test(focusedId())) {
                return;
            }
            keys(key);
        }
        throw new AssertionError("the keyboard never reached the place; it is at " + focusedId());
    }

    /**
     * The ids of the focused element and its ancestors, innermost first, through the components' shadows, as one
     * string ("vaadin-text-field-input-3 task-search main-content"): a predicate looks for the one it needs.
     */
    private String focusedId() {
        return (String) driver.executeScript("""
                let a = document.activeElement;
                while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
                const ids = [];
                for (let e = a; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
                  if (e.id) { ids.push(e.id); }
                }
                return ids.length ? ids.join(' ') : null;""");
    }

    private static Predicate<String> at(String id) {
        return ids -> ids != null && java.util.Arrays.asList(ids.split(" ")).contains(id);
    }

    private String nameOfFocused() {
        return (String) driver.executeScript("""
                const a = document.activeElement;
                const field = a && a.closest('vaadin-text-field, vaadin-password-field');
                return field ? field.getAttribute('name') : null;""");
    }

    private boolean focusedIsInMain() {
        return (Boolean) driver.executeScript(
                "const m = document.getElementById('main-content'); return !!m && m.contains(document.activeElement);");
    }
}
