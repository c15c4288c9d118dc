package nl.netwerkregie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.netwerkregie.admission.process.AdmissionProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole admission in the browser: an organisation applies on the public page, a coordinator does the intake,
 * five board members vote yes, the bestuurder's confirmation is recorded, the trial year passes (the timer is
 * executed), the review goes to the board, and the organisation shows as member with its history.
 */
class AdmissionJourneyIT extends BrowserTest {

    @Autowired
    ManagementService managementService;

    private final String organisation = "Hospice Het Baken " + System.nanoTime() % 100000;

    @Test
    void fromApplicationToPermanentMember() throws Exception {
        apply();
        logInAs("coordinator1");
        openTask("Aanvraag beoordelen");
        // The coordinator judges one criterion herself ("Nog niet"), then marks the rest as met in one click;
        // the one she judged keeps her judgement.
        List<WebElement> criteria = driver.findElements(By.cssSelector("vaadin-radio-group[id^='criterion-']"));
        click(criteria.get(0).findElements(By.cssSelector("vaadin-radio-button label")).get(2));
        click(waitFor("intake-all-met"));
        wait.until(d -> d.findElements(By.cssSelector("vaadin-radio-group[id^='criterion-']")).stream()
                .allMatch(c -> c.getAttribute("has-value") != null));
        assertThat(criteria.get(0).findElements(By.cssSelector("vaadin-radio-button")).get(2).getAttribute("checked"))
                .as("the criterion judged first keeps its judgement").isNotNull();
        click(criteria.get(0).findElements(By.cssSelector("vaadin-radio-button label")).get(0));
        click(driver.findElements(By.cssSelector("#intake-next vaadin-radio-button label")).get(1));
        driver.findElement(By.cssSelector("#intake-text textarea")).sendKeys("Voldoet aan alle criteria.");
        look("admission-2-intake");
        click(driver.findElement(By.id("intake-submit")));
        waitFor("task-grid");

        boardVotesYes();

        logInAs("coordinator1");
        openTask("Overeenkomst bevestigen");
        click(waitFor("agreement-confirm"));
        waitFor("task-grid");

        Job reviewTimer = managementService.createJobQuery().activityId(AdmissionProcess.TIMER_REVIEW_DUE).list().stream()
                .findFirst().orElseThrow();
        managementService.executeJob(reviewTimer.getId());

        logInAs("coordinator1");
        openTask("Evaluatie voorbereiden");
        driver.findElement(By.cssSelector("#review-notes textarea")).sendKeys("Actief in de werkgroep.");
        click(driver.findElements(By.cssSelector("#review-proposal vaadin-radio-button label")).get(0));
        driver.findElement(By.cssSelector("#review-motivation textarea")).sendKeys("Heeft het proefjaar goed doorlopen.");
        glance("admission-3-review");
        click(driver.findElement(By.id("review-submit")));
        waitFor("task-grid");

        boardVotesYes();

        logInAs("coordinator1");
        driver.get(url("/organisaties"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("organisation-grid"), organisation));
        WebElement row = driver.findElements(By.cssSelector("#organisation-grid vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals(organisation)).findFirst().orElseThrow();
        driver.executeScript("arguments[0].click();", row);
        wait.until(ExpectedConditions.textToBe(By.id("organisation-status"), "Lid"));
        String history = waitFor("status-history").getText() + driver.findElements(By.cssSelector(
                "#status-history vaadin-grid-cell-content")).stream().map(WebElement::getText).reduce("", String::concat);
        assertThat(history).contains("Aanvrager", "Lid op proef", "Lid");
        assertThat(waitFor("admission-status").getText()).isEqualTo("Vast lid");
        assertThat(waitFor("admission-documents").getText()).startsWith("visie-palliatieve-zorg");
        assertThat(waitFor("life-story").getText() + driver.findElements(By.cssSelector("#life-story vaadin-grid-cell-content"))
                .stream().map(WebElement::getText).reduce("", String::concat))
                .contains("Aanvraag lidmaatschap ingediend", "Proefjaar gestart", "Bestuursbesluit aangenomen");
        glance("admission-4-member");
    }

    private void apply() throws Exception {
        driver.manage().deleteAllCookies();
        driver.get(url("/aanmelden"));
        waitFor("org-name").findElement(By.tagName("input")).sendKeys(organisation);
        driver.findElement(By.cssSelector("#org-kind input")).sendKeys("Hospice\n");
        driver.findElement(By.cssSelector("#org-municipality input")).sendKeys("Almelo\n");
        driver.findElement(By.cssSelector("#org-fte input")).sendKeys("14");
        driver.findElement(By.cssSelector("#org-employees input")).sendKeys("60");
        driver.findElement(By.cssSelector("#org-bestuurder-name input")).sendKeys("Greet Bestuurder");
        driver.findElement(By.cssSelector("#org-bestuurder-email input")).sendKeys("greet@baken.example");
        driver.findElement(By.cssSelector("#org-contact-name input")).sendKeys("Carla Contact");
        driver.findElement(By.cssSelector("#org-contact-email input")).sendKeys("carla@baken.example");
        driver.findElement(By.cssSelector("#apply-werkgroepen input")).sendKeys("Deskundigheidsbevordering");
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("visie-palliatieve-zorg", ".pdf");
        java.nio.file.Files.writeString(pdf, "%PDF-1.4\n% visie van het hospice\n");
        driver.findElement(By.id("apply-vision-upload")).getShadowRoot()
                .findElement(By.cssSelector("input[type='file']")).sendKeys(pdf.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("apply-vision-message"), "Ontvangen"));
        look("admission-1-application");
        click(driver.findElement(By.id("apply-submit")));
        waitFor("apply-thanks");
    }

    private void boardVotesYes() throws Exception {
        boardVotes(List.of("bestuur1", "bestuur2", "bestuur3", "bestuur4", "bestuur5"), "Voor",
                nl.netwerkregie.board.VoteChoice.YES, null, organisation);
    }

    private void openTask(String step) {
        openTask(step, organisation);
    }
}
