package nl.netwerkregie.annualplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.netwerkregie.e2e.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The jaarplan in the browser: a coordinator creates and submits the plan, the board rejects it with a remark,
 * the coordinator revises and resubmits, the board adopts it, and the PDF is produced. The begroting itself is
 * filled in through the service (the Twente 2025 figures), as the editor's own tests cover typing it.
 */
class JaarplanJourneyIT extends BrowserTest {

    @Autowired JaarplanService jaarplannen;
    @Autowired JaarplanQueries queries;

    private int year;

    /** A year no other test has a plan for (one plan per year, 2100 at the latest): other tests count up from 2040. */
    private int freeYear() {
        loginAs("coordinator1");
        java.util.Set<Integer> taken = new java.util.HashSet<>();
        queries.all().forEach(p -> taken.add(p.year()));
        int year = 2100;
        while (taken.contains(year)) {
            year--;
        }
        return year;
    }

    @Test
    void draftSubmitRejectReviseAdopt() throws Exception {
        year = freeYear();
        String title = "Samen bouwen we verder " + year;
        logInAs("coordinator1");
        driver.get(url("/jaarplannen"));
        WebElement yearField = waitFor("new-plan-year").findElement(By.tagName("input"));
        yearField.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), String.valueOf(year));
        driver.findElement(By.cssSelector("#new-plan-title input")).sendKeys(title);
        click(driver.findElement(By.id("new-plan-create")));
        wait.until(ExpectedConditions.urlMatches(".*/jaarplannen/[0-9]+$"));
        long id = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", ""));

        loginAs("coordinator1");
        PlanContent twente = TwenteJaarplan2025.content();
        jaarplannen.save(id, queries.get(id).version(), new PlanContent(title, twente.ambition(), twente.goals(),
                twente.projectBudget(), new BigDecimal("275.00"), twente.themes(), twente.income(), twente.split()));

        driver.navigate().refresh();
        // A space typed in a theme's name stays in the name; the header beside it is text, not a toggle around
        // the field (issue 16: "Participatie en ondersteuning" became "Participatieenondersteuning").
        WebElement themeName = waitFor("theme-0-name").findElement(By.tagName("input"));
        click(themeName);
        themeName.sendKeys(org.openqa.selenium.Keys.END, " en meer", org.openqa.selenium.Keys.TAB);
        wait.until(d -> themeName.getAttribute("value").endsWith(" en meer"));
        assertThat(driver.findElement(By.id("theme-0")).getAttribute("opened")).as("the theme stays open").isNotNull();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("theme-0-heading"), "en meer"));
        nl.netwerkregie.e2e.Axe.assertNoViolations(driver, "a draft jaarplan");
        driver.navigate().refresh(); // the typing was only a test: back to the saved plan
        // Opslaan is in view at the top of the long page, at the foot of the window, without scrolling.
        WebElement save = waitFor("plan-save");
        assertThat((Boolean) driver.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return r.top >= 0 && r.bottom <= window.innerHeight;""", save)).as("the save bar stays in view").isTrue();
        look("jaarplan-0-draft");
        click(waitFor("plan-submit"));
        click(waitFor("plan-submit-confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-status"), "Advies netwerkgroep"));
        glance("jaarplan-1-submitted");

        advise("De netwerkgroep adviseert positief.");
        boardVotes("Tegen", 4, "Meer aandacht voor mantelzorgers graag.");

        logInAs("coordinator1");
        openTask("Jaarplan herzien en opnieuw indienen");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("revise-remarks"), "mantelzorgers"));
        glance("jaarplan-2-revise");
        click(driver.findElement(By.id("revise-resubmit")));
        waitFor("task-grid");

        advise("Herzien plan: positief.");
        boardVotes("Voor", 5, null);

        logInAs("coordinator1");
        driver.get(url("/jaarplannen/" + id));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("plan-status"), "astgesteld"));
        WebElement pdf = waitFor("export-pdf");
        String firstBytes = (String) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0].href).then(r => r.arrayBuffer())"
                        + ".then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 5))))"
                        + ".catch(e => done('error ' + e));", pdf);
        assertThat(firstBytes).isEqualTo("%PDF-");
        glance("jaarplan-3-adopted");
        driver.executeScript("arguments[0].scrollIntoView()", driver.findElement(By.id("cost-chart")));
        assertThat(driver.findElements(By.cssSelector("#cost-chart .cost-bar"))).hasSize(4);
        glance("jaarplan-4-chart");
    }

    private void advise(String advice) throws Exception {
        logInAs("coordinator2");
        openTask("Advies netwerkgroep vastleggen");
        driver.findElement(By.cssSelector("#advice-text textarea")).sendKeys(advice);
        click(driver.findElement(By.id("advice-to-board")));
        waitFor("task-grid");
    }

    private void boardVotes(String label, int members, String reason) throws Exception {
        boardVotes(List.of("bestuur1", "bestuur2", "bestuur3", "bestuur4", "bestuur5").subList(0, members), label,
                label.equals("Voor") ? nl.netwerkregie.board.VoteChoice.YES : nl.netwerkregie.board.VoteChoice.NO,
                reason, String.valueOf(year));
    }

    /** The jaarplan's tasks carry the plan's title as their subject; search for the year. */
    private void openTask(String step) {
        openTask(step, String.valueOf(year));
    }
}
