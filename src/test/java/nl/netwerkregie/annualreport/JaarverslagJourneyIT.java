package nl.netwerkregie.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.e2e.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The jaarverslag in the browser (issue 18, acceptance 3): a coordinator compiles this year's report of the demo
 * and writes its foreword, submits it, the board adopts it, and the adopted PDF holds each section with the
 * figures the page shows.
 */
class JaarverslagJourneyIT extends BrowserTest {

    @Test
    void compiledSubmittedAdoptedAndThePdfMatchesTheScreen() throws Exception {
        int year = LocalDate.now().getYear();
        logInAs("coordinator1");
        driver.get(url("/jaarverslagen"));
        WebElement yearField = waitFor("new-report-year").findElement(By.tagName("input"));
        assertThat(yearField.getAttribute("value")).isEqualTo(String.valueOf(year));
        click(driver.findElement(By.id("new-report-create")));
        wait.until(ExpectedConditions.urlMatches(".*/jaarverslagen/[0-9]+$"));
        String page = driver.getCurrentUrl();

        driver.findElement(By.cssSelector("#text-introduction textarea"))
                .sendKeys("In " + year + " bouwden de leden samen verder aan de palliatieve zorg in Twente.");
        driver.findElement(By.cssSelector("#text-decisions textarea")).sendKeys("Het bestuur kwam zes keer bijeen.");
        click(driver.findElement(By.id("report-save")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-notification-card"),
                "opgeslagen"));
        look("jaarverslag-1-draft");

        click(driver.findElement(By.id("report-submit")));
        click(waitFor("report-submit-confirm"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-status"), "Bij het bestuur"));
        List<String> onScreen = figuresOnScreen();

        boardVotes(List.of("bestuur1", "bestuur2", "bestuur3", "bestuur4", "bestuur5"), "Voor", VoteChoice.YES, null,
                "Jaarverslag " + year);

        logInAs("coordinator1");
        driver.get(page);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-status"), "Vastgesteld"));
        assertThat(figuresOnScreen()).as("adopted as submitted").isEqualTo(onScreen);
        glance("jaarverslag-2-adopted");
        String base64 = (String) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href).then(r => r.arrayBuffer()).then(b => {
                  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s));
                }).catch(e => done('error ' + e));""", waitFor("report-pdf"));
        String pdf = PdfText.of(Base64.getDecoder().decode(base64)).replaceAll("\\s+", " ");
        assertThat(pdf).contains("Jaarverslag " + year, "Netwerken Palliatieve Zorg Twente", "1. Voorwoord", "2. Leden",
                "3. Besluiten van het bestuur", "4. Werkgroepen en opdrachten", "5. Jaarplan", "6. Contributie en subsidie",
                "7. Evaluaties", "Het bestuur kwam zes keer bijeen.", "Status: Vastgesteld");
        // A PDF table's cells come out of the text extractor without spaces between them.
        String pdfCells = pdf.replace(" ", "");
        for (String figure : onScreen) {
            assertThat(pdfCells).as("the PDF shows what the page shows: " + figure).contains(figure.replace(" ", ""));
        }
    }

    /**
     * The figures of the members' counts and the contributions as the page shows them (the counts, the amounts),
     * and the subject of each decision: short texts that a PDF table cell keeps on one line.
     */
    private List<String> figuresOnScreen() {
        List<String> figures = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("#report-members-counts tbody tr"))) {
            figures.add(row.getText().replace('\u00A0', ' ').replaceAll("\\s+", " "));
        }
        for (WebElement cell : driver.findElements(By.cssSelector("#report-finances tbody td"))) {
            String text = cell.getText().replace('\u00A0', ' ');
            if (text.startsWith("€")) {
                figures.add(text);
            }
        }
        assertThat(figures).as("the page shows the members' counts and the amounts").hasSizeGreaterThanOrEqualTo(6);
        return figures;
    }
}
