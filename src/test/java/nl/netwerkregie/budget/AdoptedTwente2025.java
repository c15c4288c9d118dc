package nl.netwerkregie.budget;

import java.util.function.Consumer;
import nl.netwerkregie.annualplan.JaarplanQueries;
import nl.netwerkregie.annualplan.JaarplanService;
import nl.netwerkregie.annualplan.JaarplanStatus;
import nl.netwerkregie.annualplan.JaarplanView;
import nl.netwerkregie.annualplan.process.JaarplanApprovalProcess;
import nl.netwerkregie.board.BoardVoting;
import nl.netwerkregie.board.VoteChoice;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Test support: the demo's Twente jaarplan 2025 (made from {@code TwenteJaarplan2025.content()} as a draft)
 * adopted as people adopt it: submitted, the netwerkgroep's advice recorded, five board members voting yes, the
 * adoption run. Done once; later calls find it adopted.
 */
@Component
public class AdoptedTwente2025 {

    public static final int YEAR = 2025;

    private final JaarplanService jaarplannen;
    private final JaarplanQueries plans;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final BoardVoting voting;

    AdoptedTwente2025(JaarplanService jaarplannen, JaarplanQueries plans, RuntimeService runtimeService,
            TaskService taskService, BoardVoting voting) {
        this.jaarplannen = jaarplannen;
        this.plans = plans;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.voting = voting;
    }

    /** The adopted plan. @param loginAs logs a demo user in (the test's own login) */
    public synchronized JaarplanView plan(Consumer<String> loginAs) {
        loginAs.accept("coordinator1");
        JaarplanView plan = plans.all().stream().filter(p -> p.year() == YEAR).findFirst().orElseThrow();
        if (plan.status() == JaarplanStatus.ADOPTED) {
            return plan;
        }
        if (plan.status() != JaarplanStatus.DRAFT) {
            throw new IllegalStateException("The demo's plan 2025 is " + plan.status() + ", not a draft");
        }
        jaarplannen.submit(plan.id(), plan.version());
        ProcessInstance pi = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(JaarplanApprovalProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(plan.id())).singleResult();
        jaarplannen.recordAdvice(taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(),
                "De netwerkgroep adviseert positief.", null);
        voting.vote(pi, VoteChoice.YES, 5, member -> null, loginAs);
        loginAs.accept("coordinator1");
        JaarplanView adopted = plans.get(plan.id());
        if (adopted.status() != JaarplanStatus.ADOPTED) {
            throw new IllegalStateException("The plan 2025 was not adopted: " + adopted.status());
        }
        return adopted;
    }
}
