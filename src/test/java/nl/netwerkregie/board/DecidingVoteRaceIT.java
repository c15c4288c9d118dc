package nl.netwerkregie.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.board.process.BoardDecisionProcess;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two board members cast the deciding vote at the same moment (issue 19, races): the fifth and the sixth YES of
 * eight, each in a thread of its own, released together. In every repetition both votes are recorded, both voters
 * are told their vote counted, and the decision is closed exactly once, adopted. The test command runs 10
 * repetitions; {@code -Dnetwerkregie.races.repetitions=100} the long run.
 */
@Tag("persistence")
class DecidingVoteRaceIT extends IntegrationTest {

    private static final int REPETITIONS = Integer.getInteger("netwerkregie.races.repetitions", 10);

    @Autowired BoardDecisionService board;
    @Autowired VotingService voting;
    @Autowired VoteRepository votes;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;

    @Test
    void bothDecidingVotesCountAndTheDecisionClosesOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<String> failures = new ArrayList<>();
        try {
            for (int round = 1; round <= REPETITIONS; round++) {
                loginAs("coordinator1");
                long decision = board.putToBoard("Gelijktijdige stemmen " + round + " " + System.nanoTime(),
                        "Stemt het bestuur in?", "Voorstel: ja.", DecisionMode.ONLINE, null);
                for (int m = 1; m <= 4; m++) {
                    vote(decision, "bestuur" + m);
                }
                String fifth = taskOf(decision, "bestuur5");
                String sixth = taskOf(decision, "bestuur6");
                CyclicBarrier together = new CyclicBarrier(2);
                Future<String> a = threads.submit(() -> castTogether(together, decision, "bestuur5", fifth));
                Future<String> b = threads.submit(() -> castTogether(together, decision, "bestuur6", sixth));
                String outcomeA = a.get(60, TimeUnit.SECONDS);
                String outcomeB = b.get(60, TimeUnit.SECONDS);
                asyncJobs.runAll();
                loginAs("coordinator1");
                BoardDecision closed = board.get(decision);
                String instance = historyService.createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(String.valueOf(decision)).singleResult().getId();
                long closings = historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
                        .activityId("Task_CloseDecision").finished().count();
                if (!"ok".equals(outcomeA) || !"ok".equals(outcomeB) || votes.findByDecisionIdOrderByCastAtAscIdAsc(decision).size() != 6
                        || !closed.isClosed() || closed.getOutcome() != DecisionOutcome.ADOPTED || closings != 1
                        || closed.getYesCount() != 6) {
                    failures.add("round " + round + ": bestuur5 " + outcomeA + ", bestuur6 " + outcomeB + ", votes "
                            + votes.findByDecisionIdOrderByCastAtAscIdAsc(decision).size() + ", closed " + closed.isClosed() + " "
                            + closed.getOutcome() + " yes " + closed.getYesCount() + ", closings " + closings);
                }
            }
        } finally {
            threads.shutdownNow();
        }
        System.out.println("RACE deciding vote: " + REPETITIONS + " repetitions, " + failures.size() + " failed");
        assertThat(failures).isEmpty();
    }

    private String castTogether(CyclicBarrier together, long decision, String member, String task) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(member,
                null, List.of(new SimpleGrantedAuthority(nl.netwerkregie.security.Role.BOARD_MEMBER.authority()))));
        try {
            together.await(30, TimeUnit.SECONDS);
            voting.castVote(decision, task, VoteChoice.YES, null);
            return "ok";
        } catch (Exception e) {
            return e.getClass().getSimpleName() + " " + e.getMessage();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void vote(long decision, String member) {
        loginAs(member);
        voting.castVote(decision, taskOf(decision, member), VoteChoice.YES, null);
    }

    private String taskOf(long decision, String member) {
        return taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(decision)).taskAssignee(member)
                .singleResult().getId();
    }
}
