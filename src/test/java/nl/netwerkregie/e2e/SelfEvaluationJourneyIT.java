package nl.netwerkregie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.selfevaluation.SelfEvaluationInvitations;
import nl.netwerkregie.selfevaluation.SelfEvaluationQueries;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * contact1 fills in the self-evaluation in two sittings (logged out between them), the coordinator sees the result
 * and the organisation's life story shows it.
 */
class SelfEvaluationJourneyIT extends BrowserTest {

    @Autowired OrganisationService organisations;
    @Autowired SelfEvaluationInvitations invitations;
    @Autowired SelfEvaluationQueries queries;
    @Autowired JdbcTemplate jdbc;

    /** Clicks score {@code score} (1 niet .. 4 volledig) of statement {@code position}. */
    private void score(int position, int score) {
        click(driver.findElement(By.cssSelector("#score-" + position + " vaadin-radio-button:nth-of-type(" + score + ")")));
    }

    @Test
    void contact1FillsItInInTwoSittingsAndTheCoordinatorSeesTheResult() throws Exception {
        String name = "Thuiszorg Oldenzaal " + System.nanoTime() % 100000;
        long organisationId = organisations.create(new OrganisationDetails(name, OrganisationKind.VVT, "Oldenzaal",
                new BigDecimal("40"), 60, false, "Bea Bestuurder", "bea@oldenzaal.example",
                List.of(new OrganisationDetails.Contact("Lotte Brink", "lotte@oldenzaal.example", null, "contact1"))),
                OrganisationStatus.MEMBER, "Test", "test");
        loginAs("coordinator1");
        long id = invitations.invite(organisationId);
        int statements = queries.result(id).lines().size();
        SecurityContextHolder.clearContext();

        // First sitting: half the statements and a remark, saved; the task stays open.
        logInAs("contact1");
        openTask("Zelfevaluatie invullen", name);
        waitFor("selfevaluation-intro");
        for (int i = 0; i < statements / 2; i++) {
            score(i, 3);
        }
        driver.findElement(By.cssSelector("#remark-0 textarea")).sendKeys("Staat sinds 2025 in ons beleidsplan.");
        click(driver.findElement(By.id("selfevaluation-save")));
        wait.until(d -> jdbc.queryForObject("select count(*) from self_evaluation where id = ? and saved_at is not null",
                Long.class, id) == 1);

        // Second sitting, after logging in again: the draft is there; the rest, then submit.
        logInAs("contact1");
        openTask("Zelfevaluatie invullen", name);
        waitFor("selfevaluation-saved-at");
        assertThat(driver.findElements(By.cssSelector("#score-0 vaadin-radio-button[checked]"))).hasSize(1);
        assertThat(driver.findElement(By.cssSelector("#remark-0 textarea")).getAttribute("value"))
                .isEqualTo("Staat sinds 2025 in ons beleidsplan.");
        for (int i = statements / 2; i < statements; i++) {
            score(i, 4);
        }
        look("selfevaluation-1-fill-in");
        click(driver.findElement(By.id("selfevaluation-submit")));
        wait.until(d -> "SUBMITTED".equals(jdbc.queryForObject("select state from self_evaluation where id = ?",
                String.class, id)));

        // The coordinator sees the result, and the life story tells it.
        logInAs("coordinator1");
        driver.get(url("/zelfevaluaties/" + id));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("selfevaluation-averages"), "gemiddeld"));
        assertThat(driver.findElement(By.id("selfevaluation-averages")).getText()).contains("gemiddeld 3 van 4");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("selfevaluation-answers"),
                "Staat sinds 2025 in ons beleidsplan."));
        look("selfevaluation-2-result");
        driver.get(url("/organisaties/" + organisationId));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("life-story"),
                "Zelfevaluatie " + LocalDate.now().getYear() + " ingediend"));
    }
}
