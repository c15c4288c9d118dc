package nl.netwerkregie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import nl.netwerkregie.admission.AdmissionService;
import nl.netwerkregie.admission.Applications;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Nobody works on a case unseen (issue 14, acceptance 4): coordinator1 opens a new intake and takes it;
 * coordinator2 finds it in the team view with "Anouk Jansen werkt hieraan", and opening it is told so before
 * starting, with no form to fill in beside her. The team view passes axe-core.
 */
class TeamJourneyIT extends BrowserTest {

    @Autowired AdmissionService admissions;
    @Autowired TaskService taskService;

    private final String organisation = "Hospice De Linde " + System.nanoTime() % 100000;

    @Test
    void coordinator2SeesThatCoordinator1HoldsTheIntakeBeforeStarting() throws Exception {
        String intake = Applications.intakeOf(admissions, taskService, organisation);

        logInAs("coordinator1");
        assertThat(waitFor("new-tasks").getAttribute("aria-label")).as("the new intake is counted in the header")
                .matches("\\d+ nieuwe ta(ak|ken)");
        openTask("Aanvraag beoordelen", organisation);
        assertThat(waitFor("claim-banner").getText())
                .contains("Deze taak is nog van niemand. Pak hem op zodat anderen zien dat u eraan werkt.");
        assertThat(driver.findElements(By.id("intake-submit"))).as("the form is there to read").hasSize(1);
        look("team-1-claim-banner");
        click(waitFor("claim-task"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("claim-banner")));
        assertThat(taskService.createTaskQuery().taskId(intake).singleResult().getAssignee()).isEqualTo("coordinator1");

        logInAs("coordinator2");
        driver.get(url("/taken/team"));
        waitFor("team-grid");
        driver.findElement(By.cssSelector("#team-search input")).sendKeys(organisation);
        wait.until(d -> cells().stream().anyMatch(c -> c.getText().startsWith("Anouk Jansen werkt hieraan sinds "))
                && cells().stream().noneMatch(c -> c.getText().equals("Nog niet opgepakt")));
        assertThat(cells()).extracting(WebElement::getText).contains("Aanvraag beoordelen", organisation);
        look("team-2-team-view");
        Axe.assertNoViolations(driver, "the team view");

        WebElement step = driver.findElements(By.cssSelector("#team-grid vaadin-grid-cell-content a")).stream()
                .filter(a -> a.getText().equals("Aanvraag beoordelen")).findFirst().orElseThrow();
        click(step);
        wait.until(ExpectedConditions.textToBe(By.id("task-title"), "Aanvraag beoordelen"));
        assertThat(waitFor("task-holder").getText()).startsWith("Anouk Jansen werkt hieraan sinds ");
        assertThat(driver.findElements(By.id("intake-submit"))).as("no form beside Anouk's work").isEmpty();
        assertThat(waitFor("take-over").getText()).isEqualTo("Overnemen");
        look("team-3-held-by-colleague");
        Axe.assertNoViolations(driver, "the task page of a task a colleague holds");
        assertThat(taskService.createTaskQuery().taskId(intake).singleResult().getAssignee()).isEqualTo("coordinator1");
    }

    private java.util.List<WebElement> cells() {
        return driver.findElements(By.cssSelector("#team-grid vaadin-grid-cell-content"));
    }
}
