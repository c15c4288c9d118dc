package nl.netwerkregie.board;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.board.process.BoardDecisionStarter;
import nl.netwerkregie.network.NetworkProfile;
import nl.netwerkregie.security.CurrentUser;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The voting members are the board of the profile when a decision opens; a later change of the board changes nothing. */
@Tag("persistence")
class BoardSnapshotIT extends IntegrationTest {

    @Autowired BoardDecisionService decisions;
    @Autowired BoardDecisionSteps steps;
    @Autowired BoardDecisionRepository decisionRepository;
    @Autowired VoteRepository voteRepository;
    @Autowired NetworkProfile profile;
    @Autowired BoardDecisionStarter starter;
    @Autowired CurrentUser currentUser;
    @Autowired Validator validator;
    @Autowired Clock clock;
    @Autowired PlatformTransactionManager transactionManager;

    private long openWith(BoardDecisionService service, BoardDecisionSteps steps) {
        long id = service.prepare(new DecisionRequest("AD_HOC", "-", "Snapshot", "Vraag?", "Voorstel",
                DecisionMode.ONLINE, null), "coordinator1");
        steps.open(id);
        return id;
    }

    @Test
    void aLaterBoardChangesNeitherOpenNorPastDecisions() {
        long before = openWith(decisions, steps);
        assertThat(decisions.get(before).getVotingMembers()).isEqualTo(profile.boardMembers());

        // The network appoints a new board: bestuur8 leaves, bestuur9 joins (the profile is replaced).
        List<String> newBoard = List.of("bestuur1", "bestuur2", "bestuur3", "bestuur4", "bestuur5", "bestuur6",
                "bestuur7", "bestuur9");
        NetworkProfile changed = new NetworkProfile(profile.id(), profile.name(), profile.boardName(), newBoard,
                profile.quorum(), profile.votingPeriod(), profile.votesVisibleBeforeVoting(), profile.trialDuration(),
                profile.contribution(), profile.notice(), profile.terminationResponsePeriod(),
                profile.progressReportInterval(), profile.municipalities(), profile.admissionCriteria(),
                profile.reminders());
        BoardDecisionService afterChange = new BoardDecisionService(decisionRepository, voteRepository, changed,
                starter, currentUser, validator, clock);
        BoardDecisionSteps stepsAfterChange = new BoardDecisionSteps(afterChange, changed, clock);

        // Built by hand, the services have no transactional proxy: give them the transaction Spring would.
        long after = new TransactionTemplate(transactionManager).execute(status -> openWith(afterChange, stepsAfterChange));
        assertThat(afterChange.get(after).getVotingMembers()).contains("bestuur9").doesNotContain("bestuur8");
        assertThat(afterChange.get(before).getVotingMembers()).contains("bestuur8").doesNotContain("bestuur9");
        assertThat(afterChange.tally(afterChange.get(before)).notYetVoted()).isEqualTo(8);
    }
}
