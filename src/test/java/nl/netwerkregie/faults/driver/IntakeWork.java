package nl.netwerkregie.faults.driver;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import nl.netwerkregie.admission.AdmissionService;
import nl.netwerkregie.admission.ApplicationForm;
import nl.netwerkregie.admission.process.AdmissionProcess;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.security.Role;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * An organisation applies through the public form's service (anonymously), and coordinator1 records the intake:
 * more information is needed, which mails the applicant the request (through the outbox).
 */
final class IntakeWork implements Work {

    static final String APPLY = "APPLY";
    static final String INTAKE = "INTAKE";
    private final TaskService tasks;
    private final RuntimeService runtime;
    private final AdmissionService admissions;

    IntakeWork(TaskService tasks, RuntimeService runtime, AdmissionService admissions) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.admissions = admissions;
    }

    @Override
    public boolean step(Journal journal) {
        List<Task> open = tasks.createTaskQuery().processDefinitionKey(AdmissionProcess.PROCESS_ID)
                .taskDefinitionKey(AdmissionProcess.TASK_INTAKE).listPage(0, 1);
        if (!open.isEmpty()) {
            Task task = open.get(0);
            String admission = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                    .singleResult().getBusinessKey();
            journal.begin(INTAKE, admission);
            As.run("coordinator1", Role.COORDINATOR, () -> admissions.intake(task.getId(), List.of(), true,
                    "Wilt u uw visiedocument en de namen van uw vrijwilligerscoördinatoren sturen?", null, null));
            journal.ok(INTAKE, admission);
            return true;
        }
        String name = "Fouttest-zorg-" + UUID.randomUUID().toString().substring(0, 8);
        journal.begin(APPLY, name);
        As.anonymous(() -> admissions.apply(new ApplicationForm(new OrganisationDetails(name, OrganisationKind.VVT,
                "Almelo", new BigDecimal("12"), 30, false, "Bea Bestuurder", name + "@bestuur.example",
                List.of(new OrganisationDetails.Contact("Carla Contact", name + "@contact.example", null, null))),
                false, false, List.of("PR en communicatie"), "visie.pdf", false)));
        journal.ok(APPLY, name);
        return true;
    }
}
