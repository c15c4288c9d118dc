package nl.netwerkregie.faults.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionMode;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.board.VotingService;
import nl.netwerkregie.board.process.BoardDecisionProcess;
import nl.netwerkregie.security.Role;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Board members vote on the open decisions, each on their own vote task, through {@link VotingService}; when no
 * vote is open, coordinator1 puts a new matter to the board. Everyone votes yes but bestuur8, so a decision is
 * settled (and closed by the process) after five yes votes, and an assignment put to the board is approved.
 */
final class VoteWork implements Work {

    static final String VOTE = "VOTE";
    static final String DECISION = "DECISION";
    static final String TIMER = "TIMER";
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final VotingService voting;
    private final BoardDecisionService board;
    private final Path timerRequest;
    /** Decisions left to their deadline timer. */
    private final Set<Long> untouched = ConcurrentHashMap.newKeySet();

    VoteWork(TaskService tasks, RuntimeService runtime, VotingService voting, BoardDecisionService board,
            Path timerRequest) {
        this.timerRequest = timerRequest;
        this.tasks = tasks;
        this.runtime = runtime;
        this.voting = voting;
        this.board = board;
    }

    @Override
    public boolean step(Journal journal) {
        if (timerAsked(journal)) {
            return true;
        }
        List<Task> open = new ArrayList<>(tasks.createTaskQuery().processDefinitionKey(BoardDecisionProcess.PROCESS_ID)
                .taskDefinitionKey(BoardDecisionProcess.TASK_VOTE).list());
        open.removeIf(task -> untouched.contains(decisionOf(task)));
        if (!open.isEmpty()) {
            Collections.shuffle(open);
            Task task = open.get(0);
            long decision = decisionOf(task);
            String member = task.getAssignee();
            String key = decision + ":" + member;
            journal.begin(VOTE, key);
            As.run(member, Role.BOARD_MEMBER, () -> voting.castVote(decision, task.getId(),
                    "bestuur8".equals(member) ? VoteChoice.NO : VoteChoice.YES, null));
            journal.ok(VOTE, key);
            return true;
        }
        String subject = "Fouttest-" + UUID.randomUUID().toString().substring(0, 8);
        journal.begin(DECISION, subject);
        As.user("coordinator1", Role.COORDINATOR, () -> board.putToBoard(subject, "Stemt het bestuur in?",
                "Voorstel: ja, zo snel mogelijk.", DecisionMode.ONLINE, null));
        journal.ok(DECISION, subject);
        return true;
    }

    /**
     * The test asks (a file beside the journal holding seconds) for a decision whose voting closes that many seconds
     * from now: nobody votes on it, so its deadline timer closes it (the outage test lets it fall due while the
     * database is down).
     */
    private boolean timerAsked(Journal journal) {
        if (!Files.exists(timerRequest)) {
            return false;
        }
        try {
            long seconds = Long.parseLong(Files.readString(timerRequest).strip());
            Files.delete(timerRequest);
            Instant deadline = Instant.now().plusSeconds(seconds);
            String subject = "Fouttest-termijn-" + UUID.randomUUID().toString().substring(0, 8);
            journal.begin(TIMER, subject);
            long id = As.user("coordinator1", Role.COORDINATOR, () -> board.putToBoard(subject,
                    "Stemt het bestuur in?", "Voorstel: de termijn laten verstrijken.", DecisionMode.ONLINE, deadline));
            untouched.add(id);
            journal.ok(TIMER, id + ":" + deadline.toEpochMilli());
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long decisionOf(Task task) {
        return Long.parseLong(runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey());
    }
}
