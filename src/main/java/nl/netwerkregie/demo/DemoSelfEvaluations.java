package nl.netwerkregie.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.selfevaluation.AnswerInput;
import nl.netwerkregie.selfevaluation.EarlierSelfEvaluations;
import nl.netwerkregie.selfevaluation.SelfEvaluationInvitations;
import nl.netwerkregie.selfevaluation.SelfEvaluationQueries;
import nl.netwerkregie.selfevaluation.SelfEvaluationService;
import nl.netwerkregie.selfevaluation.process.SelfEvaluationProcess;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's self-evaluations, once: Hospice Het Lichtpunt did one last year (recorded afterwards) and one this
 * year (submitted by contact2, discussed), so its scores compare over the years; Thuiszorg Dinkelland is invited,
 * an open task for contact1.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "netwerkregie.demo.cases", havingValue = "true")
@Order(31)
class DemoSelfEvaluations implements ApplicationRunner {

    private final OrganisationService organisations;
    private final SelfEvaluationInvitations invitations;
    private final EarlierSelfEvaluations earlier;
    private final SelfEvaluationService service;
    private final SelfEvaluationQueries queries;
    private final TaskService taskService;

    DemoSelfEvaluations(OrganisationService organisations, SelfEvaluationInvitations invitations,
            EarlierSelfEvaluations earlier, SelfEvaluationService service, SelfEvaluationQueries queries,
            TaskService taskService) {
        this.organisations = organisations;
        this.invitations = invitations;
        this.earlier = earlier;
        this.service = service;
        this.queries = queries;
        this.taskService = taskService;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoCoordinator.as("coordinator1", Role.COORDINATOR, () -> {
            if (!queries.page(0, 1).isEmpty()) {
                return;
            }
            Long hospice = idOf("Hospice Het Lichtpunt");
            Long thuiszorg = idOf("Thuiszorg Dinkelland");
            if (hospice == null || thuiszorg == null) {
                return;
            }
            long thisYear = invitations.invite(hospice);
            int statements = queries.result(thisYear).lines().size();
            earlier.record(hospice, LocalDate.now().minusYears(1).withMonth(5).withDayOfMonth(14),
                    scores(statements, new int[] {2, 3, 2, 1, 3, 2, 3, 2, 2, 3}));
            String task = taskService.createTaskQuery().processDefinitionKey(SelfEvaluationProcess.PROCESS_ID)
                    .processInstanceBusinessKey(String.valueOf(thisYear))
                    .singleResult().getId();
            DemoCoordinator.as("contact2", Role.MEMBER_CONTACT, () -> service.submit(task,
                    scores(statements, new int[] {4, 3, 3, 2, 4, 3, 4, 3, 3, 4})));
            String review = taskService.createTaskQuery().processDefinitionKey(SelfEvaluationProcess.PROCESS_ID)
                    .processInstanceBusinessKey(String.valueOf(thisYear))
                    .singleResult().getId();
            service.discuss(review, "Besproken met de coördinator zorg: proactieve zorgplanning krijgt in "
                    + LocalDate.now().getYear() + " extra aandacht, samen met de huisartsen in Borne.");
            invitations.invite(thuiszorg);
        });
    }

    private Long idOf(String name) {
        return organisations.members().stream().filter(o -> o.getName().equals(name)).map(Organisation::getId)
                .findFirst().orElse(null);
    }

    /** The scores given, repeated when the instrument has more statements; a remark with the lowest. */
    private static List<AnswerInput> scores(int statements, int[] given) {
        List<AnswerInput> answers = new ArrayList<>();
        for (int i = 0; i < statements; i++) {
            int score = given[i % given.length];
            answers.add(new AnswerInput(i, score, score <= 2
                    ? "Nog niet structureel; de aandachtsvelder pakt dit op." : null));
        }
        return answers;
    }
}
