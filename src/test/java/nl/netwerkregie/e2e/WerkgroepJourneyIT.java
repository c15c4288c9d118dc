package nl.netwerkregie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.workinggroup.AssignmentOverview;
import nl.netwerkregie.workinggroup.AssignmentQueries;
import nl.netwerkregie.workinggroup.AssignmentStatus;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A werkgroep assignment in the browser: the coordinator drafts it, five board members approve, the chair files a
 * progress report, the coordinator accepts it, the chair files the final report, the coordinator accepts and it closes.
 * The report timers are executed as jobs (no waiting).
 */
class WerkgroepJourneyIT extends BrowserTest {

    @Autowired ManagementService managementService;
    @Autowired AssignmentQueries queries;

    private final String doel = "Scholing proactieve zorgplanning " + System.nanoTime() % 100000;

    @Test
    void fromDraftToClosedAssignment() throws Exception {
        logInAs("coordinator1");
        driver.get(url("/opdrachten/nieuw"));
        WebElement werkgroep = waitFor("assignment-werkgroep").findElement(By.tagName("input"));
        werkgroep.sendKeys("Deskundigheidsbevordering");
        wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(i -> i.getText().equals("Deskundigheidsbevordering") && i.isDisplayed()).findFirst().orElse(null)).click();
        driver.findElement(By.cssSelector("#assignment-doel textarea")).sendKeys(doel);
        driver.findElement(By.cssSelector("#assignment-result textarea")).sendKeys("Twintig huisartsen geschoold in proactieve zorgplanning.");
        typeDate("assignment-start", LocalDate.now());
        typeDate("assignment-end", LocalDate.now().plusMonths(6));
        look("werkgroep-1-draft");
        click(driver.findElement(By.id("submit-assignment")));
        wait.until(ExpectedConditions.urlMatches(".*/opdrachten/[0-9]+$"));

        for (String member : List.of("bestuur1", "bestuur2", "bestuur3", "bestuur4", "bestuur5")) {
            logInAs(member);
            openTask("Stemmen", "Deskundigheidsbevordering");
            click(driver.findElements(By.cssSelector("#vote-choice vaadin-radio-button label")).get(0));
            click(driver.findElement(By.id("cast-vote")));
            waitFor("task-grid");
        }

        fileReport(false, "De eerste twee scholingen zijn gegeven.");
        reviewAccept();
        fileReport(true, "Twintig huisartsen zijn geschoold.");
        reviewAccept();

        logInAs("coordinator1");
        loginAs("coordinator1");
        AssignmentOverview closed = queries.visible().stream().filter(a -> a.doel().equals(doel)).findFirst()
                .orElseThrow();
        assertThat(closed.status()).isEqualTo(AssignmentStatus.CLOSED);
        glance("werkgroep-4-closed");

        // The assignment page shows the tijdspad with both reports on it.
        driver.get(url("/opdrachten/" + closed.id()));
        WebElement axis = waitFor("assignment-time-axis");
        assertThat(axis.findElements(By.cssSelector(".time-axis-report, .time-axis-final-report"))).hasSize(2);
        glance("werkgroep-5-timeline");
    }

    private void fileReport(boolean finalReport, String text) throws Exception {
        managementService.createJobQuery().activityId("Timer_ReportDue").list()
                .forEach(job -> managementService.executeJob(job.getId()));
        logInAs("voorzitter1");
        openTask("Voortgang rapporteren", "Deskundigheidsbevordering");
        click(waitFor("report-status").findElements(By.cssSelector("vaadin-radio-button label")).get(0));
        if (finalReport) {
            click(driver.findElement(By.cssSelector("#report-final label")));
        }
        driver.findElement(By.cssSelector("#report-progress textarea")).sendKeys(text);
        screenshot(finalReport ? "werkgroep-3-final-report" : "werkgroep-2-report");
        click(driver.findElement(By.id("submit-report")));
        waitFor("task-grid");
    }

    private void reviewAccept() throws Exception {
        logInAs("coordinator1");
        openTask("Rapportage beoordelen", "Deskundigheidsbevordering");
        click(driver.findElements(By.cssSelector("#review-verdict vaadin-radio-button label")).get(0));
        click(driver.findElement(By.id("submit-review")));
        waitFor("task-grid");
    }

    private void typeDate(String id, LocalDate date) {
        WebElement input = driver.findElement(By.cssSelector("#" + id + " input"));
        input.sendKeys(date.getDayOfMonth() + "-" + date.getMonthValue() + "-" + date.getYear());
        input.sendKeys(Keys.ENTER);
    }
}
