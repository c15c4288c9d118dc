package nl.netwerkregie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.resignation.ResignationQueries;
import nl.netwerkregie.resignation.process.EndingProcesses;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A member contact resigns, sees the end date and confirms it in a dialog; the coordinator confirms receipt; on the end date the list shows a former member. */
class ResignationJourneyIT extends BrowserTest {

    @Autowired OrganisationService organisations;
    @Autowired ResignationQueries endings;
    @Autowired ManagementService managementService;

    @Test
    void aMemberResignsAndBecomesAFormerMemberOnTheEndDate() throws Exception {
        String name = "Thuiszorg Losser " + System.nanoTime() % 100000;
        long organisationId = organisations.create(new OrganisationDetails(name, OrganisationKind.VVT, "Losser",
                new BigDecimal("40"), 60, false, "Bea Bestuurder", "bea@losser.example",
                List.of(new OrganisationDetails.Contact("Lotte Brink", "lotte@losser.example", null, "contact1"))),
                OrganisationStatus.MEMBER, "Test", "test");

        logInAs("contact1");
        driver.get(url("/opzeggen"));
        WebElement organisation = waitFor("resign-organisation").findElement(By.tagName("input"));
        organisation.sendKeys(name);
        WebElement item = wait.until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(i -> i.getText().equals(name) && i.isDisplayed()).findFirst().orElse(null));
        item.click();
        String expectedEnd = endings.endDateIfResignedToday().getYear() + "";
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resign-end-date"), expectedEnd));
        assertThat(driver.findElement(By.id("resign-end-date")).getText()).startsWith("Als u vandaag opzegt");
        driver.findElement(By.cssSelector("#resign-reasons textarea")).sendKeys("Wij gaan op in een grotere organisatie.");
        look("resignation-1-form");
        click(driver.findElement(By.id("resign-submit")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resign-confirmation-text"), expectedEnd));
        look("resignation-1b-confirmation");
        click(waitFor("resign-confirmation-confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resign-status"), "Opzegging door het lid"));

        logInAs("coordinator1");
        driver.findElement(By.cssSelector("#task-search input")).sendKeys(name);
        wait.until(d -> d.findElements(By.cssSelector("#task-grid vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().equals("Ontvangst bevestigen") && c.isDisplayed()));
        WebElement cell = driver.findElements(By.cssSelector("#task-grid vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals("Ontvangst bevestigen") && c.isDisplayed())
                .min(java.util.Comparator.comparingInt(c -> c.getRect().getY())).orElseThrow();
        driver.executeScript("arguments[0].click();", cell);
        click(waitFor("confirm-receipt"));
        waitFor("task-grid");

        managementService.createJobQuery().activityId(EndingProcesses.TIMER_END_DATE).list()
                .forEach(job -> managementService.executeJob(job.getId()));

        logInAs("contact1");
        driver.get(url("/ledenlijst"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("member-grid"), name));
        String row = driver.findElements(By.cssSelector("#member-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).reduce("", (a, b) -> a + "|" + b);
        assertThat(row).contains(name + "|VVT", "Voormalig lid");
        look("resignation-2-member-list");
        assertThat(organisations.get(organisationId).getStatus()).isEqualTo(OrganisationStatus.FORMER_MEMBER);
    }
}
