package nl.netwerkregie.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.evaluation.process.AnswerTasks;
import nl.netwerkregie.evaluation.process.YearlyEvaluationProcess;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.Texts;
import nl.netwerkregie.shared.task.TaskGuard;
import nl.netwerkregie.shared.task.TaskListService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A respondent's commands on their answer task ("Vragenlijst invullen"): read the questionnaire, save a draft,
 * submit. Only a contact person of the organisation asked, or the board member asked, and only through their own
 * task; submitted answers are final, so an organisation answers once.
 */
@Service
public class EvaluationAnswers {

    static final int MAX_ANSWER = 4000;

    private final EvaluationRespondentRepository respondents;
    private final YearlyEvaluationRepository evaluations;
    private final YearlyEvaluationQueries queries;
    private final TaskGuard taskGuard;
    private final TaskListService tasks;
    private final AnswerTasks answerTasks;
    private final CurrentUser currentUser;
    private final Clock clock;

    EvaluationAnswers(EvaluationRespondentRepository respondents, YearlyEvaluationRepository evaluations,
            YearlyEvaluationQueries queries, TaskGuard taskGuard, TaskListService tasks, AnswerTasks answerTasks,
            CurrentUser currentUser, Clock clock) {
        this.respondents = respondents;
        this.evaluations = evaluations;
        this.queries = queries;
        this.taskGuard = taskGuard;
        this.tasks = tasks;
        this.answerTasks = answerTasks;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The questionnaire of the task, with the draft saved so far. */
    @Transactional(readOnly = true)
    public AnswerSheet sheet(String taskId) {
        return queries.sheet(respondentOf(taskId));
    }

    /** Keeps the answers as a draft; the respondent comes back to it (nothing is required yet). */
    @Transactional
    public void saveDraft(String taskId, List<Answer> answers) {
        EvaluationRespondent respondent = respondentOf(taskId);
        respondent.save(checked(respondent, answers, false), currentUser.username(), false, clock.instant());
    }

    /** Submits the answers (every scale question scored); final, and the task is done. */
    @Transactional
    public void submit(String taskId, List<Answer> answers) {
        EvaluationRespondent respondent = respondentOf(taskId);
        respondent.save(checked(respondent, answers, true), currentUser.username(), true, clock.instant());
        tasks.complete(taskId, Map.of());
    }

    private EvaluationRespondent respondentOf(String taskId) {
        currentUser.require(Role.MEMBER_CONTACT, Role.BOARD_MEMBER);
        long evaluationId = taskGuard.caseOf(taskId, YearlyEvaluationProcess.PROCESS_ID,
                YearlyEvaluationProcess.TASK_ANSWER);
        EvaluationRespondent respondent = respondents.findById(answerTasks.respondentOf(taskId))
                .filter(r -> r.getEvaluationId() == evaluationId)
                .orElseThrow(() -> new AccessDeniedException("Task " + taskId + " has no respondent here"));
        if (!respondent.mayAnswer(currentUser.username())) {
            throw new AccessDeniedException(currentUser.username() + " does not answer for " + respondent.getName());
        }
        if (evaluations.require(evaluationId).getStatus() != EvaluationStatus.ANSWERING) {
            throw new DomainException("evaluation.answersClosed");
        }
        return respondent;
    }

    /** The answers on the evaluation's own questions (texts as asked), each checked; refused naming the question. */
    private List<Answer> checked(EvaluationRespondent respondent, List<Answer> given, boolean complete) {
        List<Question> questions = evaluations.require(respondent.getEvaluationId()).getQuestions();
        List<Answer> checked = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            int position = i;
            Answer answer = given.stream().filter(a -> a.position() == position).findFirst().orElse(null);
            Integer score = answer == null ? null : answer.score();
            String number = String.valueOf(i + 1);
            if (score != null && (score < QuestionKind.LOWEST || score > QuestionKind.HIGHEST
                    || questions.get(i).kind() != QuestionKind.SCALE)) {
                throw new DomainException("evaluation.answer.scoreRange", number);
            }
            if (complete && score == null && questions.get(i).kind() == QuestionKind.SCALE) {
                throw new DomainException("evaluation.answer.scoreRequired", number);
            }
            String text = answer == null ? null : answer.text();
            if (text != null && text.strip().length() > MAX_ANSWER) {
                throw new DomainException("evaluation.answer.tooLong", number, String.valueOf(MAX_ANSWER));
            }
            checked.add(new Answer(i, questions.get(i).kind(), questions.get(i).text(), score,
                    Texts.optional(text, MAX_ANSWER)));
        }
        return checked;
    }
}
