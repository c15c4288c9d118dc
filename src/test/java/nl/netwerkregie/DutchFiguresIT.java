package nl.netwerkregie;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.netwerkregie.annualplan.JaarplanExports;
import nl.netwerkregie.annualplan.JaarplanQueries;
import nl.netwerkregie.board.DecisionExport;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.membership.LifeStoryExport;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.workinggroup.AssignmentResults;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Dutch figures in every export (issue 16): no CSV or PDF of the demo shows an ISO date ("2026-12-31") or a
 * decimal point ("100.5", "140000.00") in Dutch. Thousands are grouped with a point ("140.000,00"), which this
 * allows: a point followed by exactly three digits.
 */
class DutchFiguresIT extends IntegrationTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final Pattern ISO_DATE = DutchText.ISO_DATE;
    private static final Pattern DECIMAL_POINT = DutchText.DECIMAL_POINT;

    @Autowired DecisionExport decisions;
    @Autowired nl.netwerkregie.board.BoardDecisionService board;
    @Autowired nl.netwerkregie.board.VotingService voting;
    @Autowired org.camunda.bpm.engine.TaskService taskService;
    @Autowired LifeStoryExport lifeStories;
    @Autowired OrganisationService organisations;
    @Autowired AssignmentResults results;
    @Autowired JaarplanExports jaarplanExports;
    @Autowired JaarplanQueries jaarplannen;

    @Test
    void theBoardsExportsReadDutch() throws Exception {
        loginAs("coordinator1");
        long decision = board.putToBoard("Nederlandse cijfers " + System.nanoTime(), "Akkoord?", "Voorstel: zo doen.",
                nl.netwerkregie.board.DecisionMode.ONLINE, null);
        asyncJobs.runAll();
        String empty = pdf(decisions.decisionPdf(decision, DUTCH));
        assertThat(empty.split("Niet gestemd", -1)).as("every member who may vote is listed")
                .hasSize(board.get(decision).getVotingMembers().size() + 1);
        for (int m = 1; m <= 5; m++) {
            loginAs("bestuur" + m);
            String member = "bestuur" + m;
            voting.castVote(decision, taskService.createTaskQuery()
                    .processDefinitionKey("BoardDecisionProcess")
                            .processInstanceBusinessKey(String.valueOf(decision)).taskAssignee(member).singleResult().getId(),
                    VoteChoice.YES, null);
        }
        asyncJobs.runAll();

        loginAs("secretaris");
        readsDutch("the Besluitenlijst CSV", csv(decisions.decisionListCsv(DUTCH)));
        String decided = pdf(decisions.decisionPdf(decision, DUTCH));
        readsDutch("a decision's PDF", decided);
        assertThat(decided).as("the letterhead and page number")
                .contains("Netwerken Palliatieve Zorg Twente – Netwerkregie", "Pagina 1", "Voorstel: zo doen.")
                .doesNotContain("Voorstel: Voorstel:");
    }

    @Test
    void aMeetingsDecisionIsDatedOnTheMeetingNotWhenItWasRecorded() throws Exception {
        loginAs("coordinator1");
        String subject = "Vergaderbesluit " + System.nanoTime();
        long decision = board.putToBoard(subject, "Akkoord?", "Zo doen.", nl.netwerkregie.board.DecisionMode.MEETING, null);
        asyncJobs.runAll();
        loginAs("secretaris");
        LocalDate meeting = LocalDate.now().minusDays(12);
        java.util.Map<String, VoteChoice> votes = new java.util.HashMap<>();
        board.get(decision).getVotingMembers().forEach(m -> votes.put(m, VoteChoice.YES));
        voting.recordMeeting(decision, taskService.createTaskQuery().processDefinitionKey("BoardDecisionProcess")
                .processInstanceBusinessKey(String.valueOf(decision))
                .singleResult().getId(), meeting, votes, java.util.Map.of());
        asyncJobs.runAll();

        String meetingDay = meeting.getDayOfMonth() + "-" + meeting.getMonthValue() + "-" + meeting.getYear();
        assertThat(csv(decisions.decisionListCsv(DUTCH)).lines().filter(l -> l.contains(subject)))
                .singleElement().asString().startsWith(meetingDay + ";");
        String pdf = pdf(decisions.decisionPdf(decision, DUTCH));
        assertThat(pdf).contains("Besloten op: " + nl.netwerkregie.shared.format.Formats.date(meeting, DUTCH), "Vastgelegd op");
    }

    @Test
    void theMembersLifeStoryTheResultsAndTheJaarplanReadDutch() throws Exception {
        loginAs("coordinator1");
        long mst = organisations.all().stream().filter(o -> o.getName().equals("Medisch Spectrum Twente"))
                .findFirst().orElseThrow().getId();
        readsDutch("the life story PDF", pdf(lifeStories.pdf(mst, DUTCH)));
        readsDutch("the werkgroep results CSV", csv(results.csv(LocalDate.now().getYear(), DUTCH)));
        long plan = jaarplannen.all().get(0).id();
        readsDutch("the jaarplan PDF", pdf(jaarplanExports.pdf(plan, DUTCH)));
        readsDutch("the begroting CSV", csv(jaarplanExports.csv(plan, DUTCH)));
    }

    /** The test itself can fail: what it looks for is there in an English text. */
    @Test
    void itFindsAnIsoDateAndADecimalPoint() {
        assertThat(ISO_DATE.matcher("until 2026-12-31").find()).isTrue();
        assertThat(DECIMAL_POINT.matcher("fte 100.5").find()).isTrue();
        assertThat(DECIMAL_POINT.matcher("140000.00").find()).isTrue();
        assertThat(DECIMAL_POINT.matcher("€ 140.000,00 en 1-12-2026 20:00").find()).isFalse();
    }

    private static void readsDutch(String what, String text) {
        DutchText.assertReadsDutch(what, text);
    }

    private static String csv(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String pdf(byte[] bytes) throws Exception {
        StringBuilder text = new StringBuilder();
        try (PdfReader reader = new PdfReader(bytes)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
        }
        return text.toString();
    }
}
