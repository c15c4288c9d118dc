package nl.netwerkregie.selfevaluation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.membership.ContactAccess;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.selfevaluation.process.SelfEvaluationProcess;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.Texts;
import nl.netwerkregie.shared.task.TaskGuard;
import nl.netwerkregie.shared.task.TaskListService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commands on a self-evaluation under way (the invitation is {@link SelfEvaluationInvitations}): its contact person saves and submits the
 * answers from their task, the coordinator chases up a late one and discusses the result. Each checks the role,
 * the task (through the task gate) and, for a contact person, that it is their own organisation.
 */
@Service
public class SelfEvaluationService {

    static final int MAX_REMARK = 2000;
    static final int MAX_NOTE = 4000;

    private final SelfEvaluationRepository evaluations;
    private final ContactAccess contactAccess;
    private final TaskGuard taskGuard;
    private final TaskListService tasks;
    private final CurrentUser currentUser;
    private final Clock clock;

    SelfEvaluationService(SelfEvaluationRepository evaluations, ContactAccess contactAccess, TaskGuard taskGuard,
            TaskListService tasks, CurrentUser currentUser, Clock clock) {
        this.evaluations = evaluations;
        this.contactAccess = contactAccess;
        this.taskGuard = taskGuard;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Saves the answers given so far ("Opslaan en later verder"); the task stays open. */
    @Transactional
    public void save(String taskId, List<AnswerInput> answers) {
        SelfEvaluation evaluation = ownOpenEvaluation(taskId);
        evaluation.save(checked(answers), currentUser.username(), Instant.now(clock));
    }

    /**
     * Saves the answers and submits the self-evaluation when every statement has a score.
     *
     * @throws MissingScores naming the statements without a score; the answers are saved all the same
     */
    @Transactional(noRollbackFor = MissingScores.class)
    public void submit(String taskId, List<AnswerInput> answers) {
        SelfEvaluation evaluation = ownOpenEvaluation(taskId);
        evaluation.save(checked(answers), currentUser.username(), Instant.now(clock));
        MissingScores.check(evaluation.getAnswers());
        evaluation.submit(currentUser.username(), Instant.now(clock));
        tasks.complete(taskId, Map.of());
    }

    /**
     * The deadline passed: the coordinator gives a new deadline (the contact persons get the task again, with their
     * draft) or closes the self-evaluation unfinished, with a note.
     */
    @Transactional
    public void chaseUp(String taskId, LocalDate newDeadline, String note) {
        currentUser.require(Role.COORDINATOR);
        SelfEvaluation evaluation = get(taskGuard.caseOf(taskId, SelfEvaluationProcess.PROCESS_ID,
                SelfEvaluationProcess.TASK_CHASE_UP));
        boolean extend = newDeadline != null;
        if (extend) {
            if (!newDeadline.isAfter(LocalDate.now(clock))) {
                throw new DomainException("selfevaluation.deadlineNotAfterToday");
            }
            evaluation.extend(newDeadline);
        } else {
            evaluation.close(Texts.optional(note, MAX_NOTE), Instant.now(clock));
        }
        tasks.complete(taskId, Map.of(SelfEvaluationProcess.VAR_EXTENDED, extend));
    }

    /** "Resultaat zelfevaluatie bespreken": the coordinator records what was discussed (optional) and closes it. */
    @Transactional
    public void discuss(String taskId, String note) {
        currentUser.require(Role.COORDINATOR);
        SelfEvaluation evaluation = get(taskGuard.caseOf(taskId, SelfEvaluationProcess.PROCESS_ID,
                SelfEvaluationProcess.TASK_REVIEW));
        evaluation.discuss(Texts.optional(note, MAX_NOTE), currentUser.username(), Instant.now(clock));
        tasks.complete(taskId, Map.of());
    }

    private SelfEvaluation ownOpenEvaluation(String taskId) {
        currentUser.require(Role.MEMBER_CONTACT);
        SelfEvaluation evaluation = get(taskGuard.caseOf(taskId, SelfEvaluationProcess.PROCESS_ID,
                SelfEvaluationProcess.TASK_FILL_IN));
        contactAccess.requireContactOf(evaluation.getOrganisationId());
        if (evaluation.getState() != SelfEvaluationState.INVITED) {
            throw new DomainException("selfevaluation.notOpen");
        }
        return evaluation;
    }

    private static List<AnswerInput> checked(List<AnswerInput> answers) {
        List<AnswerInput> checked = new ArrayList<>();
        for (AnswerInput answer : answers) {
            if (answer.score() != null && (answer.score() < 1 || answer.score() > 4)) {
                throw new DomainException("selfevaluation.scoreOutOfRange", answer.score());
            }
            checked.add(new AnswerInput(answer.position(), answer.score(), Texts.optional(answer.remark(), MAX_REMARK)));
        }
        return checked;
    }

    private SelfEvaluation get(long id) {
        return evaluations.findWithAnswersById(id)
                .orElseThrow(() -> new DomainException("selfevaluation.notFound", id));
    }
}
