package nl.netwerkregie.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.evaluation.process.YearlyEvaluationProcess;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.Texts;
import nl.netwerkregie.shared.task.TaskGuard;
import nl.netwerkregie.shared.task.TaskListService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commands of the evaluation feature for coordinators and the secretary, each role-checked and, for a task,
 * through the task gate: start one by hand, prepare it, write the summary, record the board's conclusions.
 * The respondents' commands are in {@link EvaluationAnswers}.
 */
@Service
public class YearlyEvaluationService {

    static final int MAX_TEXT = 8000;

    private final YearlyEvaluationRepository evaluations;
    private final EvaluationStarts starts;
    private final TaskGuard taskGuard;
    private final TaskListService tasks;
    private final CurrentUser currentUser;
    private final Clock clock;

    YearlyEvaluationService(YearlyEvaluationRepository evaluations, EvaluationStarts starts, TaskGuard taskGuard,
            TaskListService tasks, CurrentUser currentUser, Clock clock) {
        this.evaluations = evaluations;
        this.starts = starts;
        this.taskGuard = taskGuard;
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A coordinator starts an evaluation in between ("zo nodig tussentijds"); refused while another is open.
     *
     * @return its id
     */
    @Transactional
    public long startByHand() {
        currentUser.require(Role.COORDINATOR);
        if (evaluations.existsByStatusNot(EvaluationStatus.CLOSED)) {
            throw new DomainException("evaluation.stillOpen");
        }
        return starts.start(false, currentUser.username());
    }

    /** "Evaluatie voorbereiden": the questions as they are asked and the deadline (after today); then it goes out. */
    @Transactional
    public void prepare(String taskId, List<Question> questions, LocalDate deadline) {
        currentUser.require(Role.COORDINATOR);
        YearlyEvaluation evaluation = ofTask(taskId, YearlyEvaluationProcess.TASK_PREPARE);
        List<Question> checked = EvaluationQuestions.check(questions);
        if (deadline == null || !deadline.isAfter(LocalDate.now(clock))) {
            throw new DomainException("evaluation.deadlineAfterToday");
        }
        evaluation.prepare(checked, deadline);
        tasks.complete(taskId, Map.of());
    }

    /** "Samenvatting voor het bestuur schrijven": required; then the board's conclusions are next. */
    @Transactional
    public void summarise(String taskId, String summary) {
        currentUser.require(Role.COORDINATOR);
        YearlyEvaluation evaluation = ofTask(taskId, YearlyEvaluationProcess.TASK_WRITE_SUMMARY);
        evaluation.summarise(Texts.require(summary, MAX_TEXT, "evaluation.summaryRequired"), currentUser.username());
        tasks.complete(taskId, Map.of());
    }

    /**
     * "Conclusies en voorstellen van het bestuur vastleggen" (the secretary or a coordinator records what the board
     * concluded): the conclusions are required; proposed changes are optional, and when given they go to all
     * parties in writing (§6.3).
     */
    @Transactional
    public void conclude(String taskId, String conclusions, String proposals) {
        currentUser.require(Role.SECRETARY, Role.COORDINATOR);
        YearlyEvaluation evaluation = ofTask(taskId, YearlyEvaluationProcess.TASK_RECORD_CONCLUSIONS);
        String checkedConclusions = Texts.require(conclusions, MAX_TEXT, "evaluation.conclusionsRequired");
        String checkedProposals = Texts.optional(proposals, MAX_TEXT);
        evaluation.conclude(checkedConclusions, checkedProposals, currentUser.username(), clock.instant());
        tasks.complete(taskId, Map.of(YearlyEvaluationProcess.VAR_PROPOSALS_MADE, checkedProposals != null));
    }

    private YearlyEvaluation ofTask(String taskId, String step) {
        return evaluations.require(taskGuard.caseOf(taskId, YearlyEvaluationProcess.PROCESS_ID, step));
    }
}
