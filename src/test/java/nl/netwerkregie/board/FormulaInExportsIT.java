package nl.netwerkregie.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import nl.netwerkregie.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * CSV formula injection (issue 17, item 3): the attack strings from the issue, typed as a subject, reach
 * besluitenlijst.csv as text, never as a live formula (ExcelCsv puts an apostrophe before them).
 */
class FormulaInExportsIT extends IntegrationTest {

    @Autowired BoardDecisionService decisions;
    @Autowired DecisionExport export;

    @Test
    void formulasTypedInASubjectArriveInTheBesluitenlijstAsText() {
        loginAs("coordinator1");
        String hyperlink = "=HYPERLINK(\"https://kwaad.example\";\"Klik\") " + System.nanoTime();
        String command = "=cmd|' /C calc'!A0 " + System.nanoTime();
        decisions.putToBoard(hyperlink, "@SUM(1+1)", "+31 6 1234", DecisionMode.ONLINE, null);
        decisions.putToBoard(command, "-2+3", "Voorstel", DecisionMode.ONLINE, null);

        String csv = new String(export.decisionListCsv(Locale.forLanguageTag("nl")), StandardCharsets.UTF_8);
        assertThat(csv).contains("'=HYPERLINK(", "'=cmd|", "'@SUM(1+1)", "'-2+3")
                .doesNotContain(";=HYPERLINK(", ";\"=HYPERLINK(", ";=cmd|", ";\"=cmd|", ";@SUM", ";-2+3");
    }
}
