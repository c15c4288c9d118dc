package nl.netwerkregie.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.Races;
import nl.netwerkregie.board.process.BoardDecisionProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two board members cast the deciding vote at the same moment (issue 19, races): the fifth and the sixth YES of
 * eight, each in a thread of its own, released together ({@link Races}). In every repetition both votes are
 * recorded, both voters are told their vote counted, and the decision is closed exactly once, adopted. The test
 * command runs 10 repetitions; {@code -Dnetwerkregie.races.repetitions=100} the long run.
 *
 * <p>10 repetitions before the fix (69e1051, votes take the decision's row lock): 10 failed on H2 and on PostgreSQL
 * (a vote lost: the loser was told the task was gone, or got a raw lock error). After it: 0 failed on either.
 */
@Tag("persistence")
class DecidingVoteRaceIT extends IntegrationTest {

    @Autowired BoardDecisionService board;
    @Autowired VotingService voting;
    @Autowired VoteRepository votes;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;

    @Test
    void bothDecidingVotesCountAndTheDecisionClosesOnce() {
        List<String> failures = Races.repeat("deciding vote", round -> {
            loginAs("coordinator1");
            long decision = board.putToBoard("Gelijktijdige stemmen " + round + " " + System.nanoTime(),
                    "Stemt het bestuur in?", "Voorstel: ja.", DecisionMode.ONLINE, null);
            for (int m = 1; m <= 4; m++) {
                vote(decision, "bestuur" + m);
            }
            String fifth = taskOf(decision, "bestuur5");
            String sixth = taskOf(decision, "bestuur6");
            List<Races.Outcome> outcomes = Races.together(
                    new Races.Racer(loginAs("bestuur5"), () -> castYes(decision, fifth)),
                    new Races.Racer(loginAs("bestuur6"), () -> castYes(decision, sixth)));
            asyncJobs.runAll();
            loginAs("coordinator1");
            BoardDecision closed = board.get(decision);
            String instance = historyService.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(BoardDecisionProcess.PROCESS_ID)
                    .processInstanceBusinessKey(String.valueOf(decision)).singleResult().getId();
            long closings = historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
                    .activityId("Task_CloseDecision").finished().count();
            int recorded = votes.findByDecisionIdOrderByCastAtAscIdAsc(decision).size();
            if (outcomes.get(0).ok() && outcomes.get(1).ok() && recorded == 6 && closed.isClosed()
                    && closed.getOutcome() == DecisionOutcome.ADOPTED && closings == 1 && closed.getYesCount() == 6) {
                return null;
            }
            return "bestuur5 " + outcomes.get(0) + ", bestuur6 " + outcomes.get(1) + ", votes " + recorded
                    + ", closed " + closed.isClosed() + " " + closed.getOutcome() + " yes " + closed.getYesCount()
                    + ", closings " + closings;
        });
        assertThat(failures).as("rounds where a deciding vote was lost or the decision did not close once").isEmpty();
    }

    private Object castYes(long decision, String task) {
        voting.castVote(decision, task, VoteChoice.YES, null);
        return null;
    }

    private void vote(long decision, String member) {
        loginAs(member);
        voting.castVote(decision, taskOf(decision, member), VoteChoice.YES, null);
    }

    private String taskOf(long decision, String member) {
        // Business keys are each feature's own ids: another test's case may have the decision's number too.
        return taskService.createTaskQuery().processDefinitionKey(BoardDecisionProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(decision)).taskAssignee(member).singleResult().getId();
    }
}
