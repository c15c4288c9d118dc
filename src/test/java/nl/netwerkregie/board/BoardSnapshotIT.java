package nl.netwerkregie.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A decision opens with the board's seats that run that day and keeps them: a seat that ends or a new appointment
 * changes the next decision, not one already open.
 */
@Tag("persistence")
class BoardSnapshotIT extends IntegrationTest {

    private static final List<String> INITIAL_BOARD = List.of("bestuur1", "bestuur2", "bestuur3", "bestuur4",
            "bestuur5", "bestuur6", "bestuur7", "bestuur8");

    @Autowired BoardDecisionService decisions;
    @Autowired BoardDecisionSteps steps;
    @Autowired BoardSeatService seats;
    @Autowired BoardSeatQueries board;

    private long open() {
        long id = decisions.prepare(new DecisionRequest("AD_HOC", "-", "Snapshot", "Vraag?", "Voorstel",
                DecisionMode.ONLINE, null), "coordinator1");
        steps.open(id);
        return id;
    }

    private List<String> votersOf(long decisionId) {
        return decisions.get(decisionId).getVotingMembers();
    }

    @Test
    void aDecisionOpenedAfterASeatEndsOrANewAppointmentHasTheNewBoardOneOpenedBeforeKeepsTheOld() {
        LocalDate today = LocalDate.now();
        // The test profile's boardMembers were seeded as the initial board (no demo seats exist yet).
        assertThat(board.boardOn(today)).isEqualTo(INITIAL_BOARD);
        long before = open();
        assertThat(votersOf(before)).isEqualTo(INITIAL_BOARD);

        String newcomer = SeatFixtures.account(identityService, "Nieuw", "Bestuurslid");
        loginAs("coordinator1");
        long newSeat = -1;
        try {
            seats.end(SeatFixtures.runningSeatOf(board, "bestuur8"), today, SeatEndReason.TERM_ENDED);
            long afterTheEnd = open();
            assertThat(votersOf(afterTheEnd)).isEqualTo(INITIAL_BOARD.subList(0, 7));

            newSeat = seats.appoint(newcomer, null, today);
            long afterTheAppointment = open();
            assertThat(votersOf(afterTheAppointment)).hasSize(8).contains(newcomer).doesNotContain("bestuur8");

            assertThat(votersOf(before)).isEqualTo(INITIAL_BOARD);
            assertThat(votersOf(afterTheEnd)).doesNotContain(newcomer);
            assertThat(decisions.tally(decisions.get(before)).notYetVoted()).isEqualTo(8);
        } finally {
            // Leave the board as the other tests know it.
            if (newSeat > 0) {
                seats.end(newSeat, today, SeatEndReason.STEPPED_DOWN);
            }
            if (!board.boardOn(today).contains("bestuur8")) {
                seats.appoint("bestuur8", null, today);
            }
        }
        assertThat(board.boardOn(today)).isEqualTo(INITIAL_BOARD);
        assertThat(votersOf(before)).isEqualTo(INITIAL_BOARD);
    }
}
