package nl.netwerkregie.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import nl.netwerkregie.AsyncJobs;
import nl.netwerkregie.evaluation.process.YearlyEvaluationProcess;
import nl.netwerkregie.network.Networks;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * How the evaluation tests get an evaluation to the step they test: started (as the yearly round or a coordinator
 * would), prepared, sent; the answer task of a user; a whole set of answers; a network of their own.
 */
@Component
public class EvaluationFixtures {

    private static final AtomicInteger NETWORKS = new AtomicInteger();

    private final EvaluationStarts starts;
    private final YearlyEvaluationService service;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final AsyncJobs asyncJobs;
    private final Networks networks;

    EvaluationFixtures(EvaluationStarts starts, YearlyEvaluationService service, RuntimeService runtimeService,
            TaskService taskService, AsyncJobs asyncJobs, Networks networks) {
        this.starts = starts;
        this.service = service;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.asyncJobs = asyncJobs;
        this.networks = networks;
    }

    /** A new evaluation of the current network (in between, so a test may start many in a year). */
    public long start() {
        return starts.start(false, "test");
    }

    public ProcessInstance instance(long evaluationId) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(YearlyEvaluationProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(evaluationId)).singleResult();
    }

    /** Prepared by the coordinator logged in (with the questions as they are) and sent: the answer tasks are out. */
    public void prepareAndSend(ProcessInstance pi, long evaluationId, List<Question> questions) {
        Task prepare = taskService.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(YearlyEvaluationProcess.TASK_PREPARE).singleResult();
        service.prepare(prepare.getId(), questions, LocalDate.now().plusWeeks(3));
        asyncJobs.runAll();
    }

    /** The open answer task the user may do in that instance, or null. */
    public Task answerTaskOf(ProcessInstance pi, String username) {
        return taskService.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(YearlyEvaluationProcess.TASK_ANSWER).taskCandidateUser(username).singleResult();
    }

    /** Every open answer task with the first of its candidate users. */
    public void eachAnswerTask(ProcessInstance pi, java.util.function.BiConsumer<Task, String> answer) {
        for (Task task : taskService.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(YearlyEvaluationProcess.TASK_ANSWER).list()) {
            String candidate = taskService.getIdentityLinksForTask(task.getId()).stream()
                    .map(IdentityLink::getUserId).filter(u -> u != null).findFirst().orElseThrow();
            answer.accept(task, candidate);
        }
    }

    /** A full set of answers to the sheet: every scale question scored, every open question answered. */
    public static List<Answer> answered(AnswerSheet sheet, int score, String text) {
        return sheet.answers().stream().map(a -> new Answer(a.position(), a.kind(), a.questionText(),
                a.kind() == QuestionKind.SCALE ? score : null, text)).toList();
    }

    /** A network of its own (Twente's rules under another id), whose evaluation starts on that day of the year. */
    public String newNetwork(String startsOn) {
        String id = "evaluatie-" + NETWORKS.incrementAndGet() + "-" + System.nanoTime() % 100000;
        try (InputStream in = getClass().getResourceAsStream("/networks/twente.yaml")) {
            String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("id: twente", "id: " + id)
                    .replace("startsOn: \"--11-01\"", "startsOn: \"" + startsOn + "\"");
            networks.register(id, "Netwerk " + id, yaml, "test");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

}
