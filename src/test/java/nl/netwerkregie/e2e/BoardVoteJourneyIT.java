package nl.netwerkregie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionMode;
import nl.netwerkregie.board.Vote;
import nl.netwerkregie.board.VoteChoice;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator puts a matter to the board; a board member finds the vote in "Mijn taken", votes, sees the list. */
class BoardVoteJourneyIT extends BrowserTest {

    @Autowired
    BoardDecisionService decisions;

    @Test
    void aBoardMemberVotesInTheBrowser() throws Exception {
        String subject = "Vergaderschema 2027 (" + System.nanoTime() % 100000 + ")";
        logInAs("coordinator1");
        driver.get(url("/besluiten"));
        waitFor("put-to-board").click();
        waitFor("new-subject").findElement(By.tagName("input")).sendKeys(subject);
        driver.findElement(By.cssSelector("#new-question input")).sendKeys("Stemt u in met zes vergaderingen?");
        driver.findElement(By.cssSelector("#new-proposal textarea")).sendKeys("Het bestuur vergadert in 2027 zes keer.");
        driver.findElement(By.id("save-put-to-board")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decision-grid"), subject));
        glance("board-1-put-to-board");

        logInAs("bestuur1");
        waitFor("task-grid");
        // The list is long (every open decision and case); like a user, search for the subject first.
        driver.findElement(By.cssSelector("#task-search input")).sendKeys(subject);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-grid"), subject));
        wait.until(d -> d.findElements(By.cssSelector("#task-grid vaadin-grid-cell-content")).stream()
                .filter(cell -> cell.getText().startsWith("Testtaak")).findAny().isEmpty());
        look("board-2-task-list");
        // The grid recycles cell elements; click the one on screen that shows the subject.
        WebElement cell = driver.findElements(By.cssSelector("#task-grid vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals("Stemmen") && c.isDisplayed())
                .min(java.util.Comparator.comparingInt(c -> c.getRect().getY())).orElseThrow();
        // A click through the script: Selenium's hit test on the grid's recycled, slotted cells is unreliable.
        driver.executeScript("arguments[0].click();", cell);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decision-proposal"), "zes keer"));

        // Voting without a choice is refused at the field; the reason typed stays.
        driver.findElement(By.cssSelector("#vote-reason textarea")).sendKeys("Past bij het jaarplan");
        click(driver.findElement(By.id("cast-vote")));
        wait.until(ExpectedConditions.attributeToBe(By.id("vote-choice"), "invalid", "true"));
        assertThat(driver.findElement(By.cssSelector("#vote-reason textarea")).getAttribute("value")).isEqualTo("Past bij het jaarplan");
        look("board-3-vote-form");

        WebElement yes = driver.findElements(By.cssSelector("#vote-choice vaadin-radio-button")).get(0);
        click(yes.findElement(By.tagName("label")));
        click(driver.findElement(By.id("cast-vote")));
        waitFor("task-grid");
        // Told what happened, with the count (issue 14, acceptance 4), announced to screen readers.
        WebElement told = waitFor("completion-message");
        assertThat(told.getText()).matches("Uw stem is vastgelegd\\. 1 van \\d+ stemmen uitgebracht; de stemming "
                + "(sluit op .+|loopt nog)\\.");
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).contains("Uw stem is vastgelegd");
        glance("board-3b-vote-recorded");

        driver.get(url("/besluiten"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("decision-grid"), subject));
        glance("board-4-decision-list");
        loginAs("coordinator1");
        long decisionId = decisions.all().stream().filter(d -> d.getSubject().equals(subject)).findFirst().orElseThrow().getId();
        assertThat(decisions.votes(decisionId)).extracting(Vote::getMemberId, Vote::getChoice, Vote::getReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bestuur1", VoteChoice.YES, "Past bij het jaarplan"));
        assertThat(decisions.get(decisionId).getMode()).isEqualTo(DecisionMode.ONLINE);
    }
}
