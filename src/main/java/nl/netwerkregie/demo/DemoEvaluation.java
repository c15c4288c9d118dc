package nl.netwerkregie.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.evaluation.Answer;
import nl.netwerkregie.evaluation.AnswerSheet;
import nl.netwerkregie.evaluation.EvaluationAnswers;
import nl.netwerkregie.evaluation.QuestionKind;
import nl.netwerkregie.evaluation.YearlyEvaluationQueries;
import nl.netwerkregie.evaluation.YearlyEvaluationRound;
import nl.netwerkregie.evaluation.YearlyEvaluationService;
import nl.netwerkregie.security.Role;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The yearly evaluation of the cooperation running, on the first start: the year's evaluation (started as the
 * yearly round starts it, once its day has come) prepared by coordinator1, and answered by Thuiszorg Dinkelland
 * (contact1) and three board members; bestuur4 saved a draft. contact2 (Hospice Het Lichtpunt) and bestuur4 to
 * bestuur8 find the questionnaire in Mijn taken, and Evaluaties shows the response rate and the answers so far.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "netwerkregie.demo.cases", havingValue = "true")
@Order(40)
class DemoEvaluation implements ApplicationRunner {

    /** Per respondent: the scores of the scale questions in order, and the open answers in order. */
    private static final Map<String, List<Object>> ANSWERS = Map.of(
            "contact1", List.of(4, 4, 3, 3, 5, 4, "De scholingen over proactieve zorgplanning zijn goed bezocht.",
                    "Meer bekendheid van de werkgroepen bij wijkverpleegkundigen.",
                    "De netwerkgroep vaker laten vergaderen, zodat kleine organisaties makkelijker aansluiten."),
            "bestuur1", List.of(4, 5, 4, 3, 4, 4, "Korte lijnen tussen ziekenhuis en thuiszorg.",
                    "De nieuwsbrief komt onregelmatig.", "Een vaste communicatieparagraaf in het jaarplan."),
            "bestuur2", List.of(3, 4, 4, 2, 5, 3, "De coördinatoren zijn goed bereikbaar.",
                    "Besluiten per e-mail duren soms lang.", "Een termijn voor online besluiten van twee weken vastleggen."),
            "bestuur3", List.of(4, 3, 4, 3, 4, 4, "De samenwerking rond het symposium.",
                    "De voortgang van tijdelijke werkgroepen is niet altijd zichtbaar.", ""));

    private final YearlyEvaluationRound round;
    private final YearlyEvaluationService evaluations;
    private final YearlyEvaluationQueries queries;
    private final EvaluationAnswers answers;
    private final TaskService taskService;
    private final ManagementService managementService;

    DemoEvaluation(YearlyEvaluationRound round, YearlyEvaluationService evaluations, YearlyEvaluationQueries queries,
            EvaluationAnswers answers, TaskService taskService, ManagementService managementService) {
        this.round = round;
        this.evaluations = evaluations;
        this.queries = queries;
        this.answers = answers;
        this.taskService = taskService;
        this.managementService = managementService;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!DemoCases.as("coordinator1", Role.COORDINATOR, queries::all).isEmpty() || round.run() == 0) {
            return;
        }
        long id = DemoCases.as("coordinator1", Role.COORDINATOR, queries::all).get(0).id();
        String key = String.valueOf(id);
        Task prepare = taskService.createTaskQuery().processInstanceBusinessKey(key)
                .taskDefinitionKey("Task_PrepareEvaluation").singleResult();
        DemoCases.as("coordinator1", Role.COORDINATOR, () -> {
            evaluations.prepare(prepare.getId(), queries.detail(id).questions(), LocalDate.now().plusWeeks(3));
            return null;
        });
        // The questionnaire goes out in a job of its own; the demo does not wait for the job executor.
        managementService.createJobQuery().processInstanceId(prepare.getProcessInstanceId()).list()
                .forEach(job -> managementService.executeJob(job.getId()));
        ANSWERS.forEach((user, given) -> answer(key, user, given, true));
        answer(key, "bestuur4", List.of(3, 4), false);
    }

    private void answer(String businessKey, String user, List<Object> given, boolean submit) {
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey)
                .taskDefinitionKey("Task_AnswerQuestionnaire").taskCandidateUser(user).singleResult();
        if (task == null) {
            return;
        }
        Role role = user.startsWith("contact") ? Role.MEMBER_CONTACT : Role.BOARD_MEMBER;
        DemoCases.as(user, role, () -> {
            AnswerSheet sheet = answers.sheet(task.getId());
            List<Answer> filled = sheet.answers().stream().map(a -> {
                Object value = a.position() < given.size() ? given.get(a.position()) : null;
                return a.kind() == QuestionKind.SCALE
                        ? new Answer(a.position(), a.kind(), a.questionText(), value instanceof Integer i ? i : null, null)
                        : new Answer(a.position(), a.kind(), a.questionText(), null, value == null ? null : value.toString());
            }).toList();
            if (submit) {
                answers.submit(task.getId(), filled);
            } else {
                answers.saveDraft(task.getId(), filled);
            }
            return null;
        });
    }
}
