package nl.netwerkregie.admission;

import java.math.BigDecimal;
import java.util.List;
import nl.netwerkregie.admission.process.AdmissionProcess;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.OrganisationKind;
import org.camunda.bpm.engine.TaskService;

/** An admission application as the public form sends it, for tests that need an intake task to work on. */
public final class Applications {

    private Applications() {
    }

    /** Applies for the organisation (in Almelo, the installation's network) and returns its intake task's id. */
    public static String intakeOf(AdmissionService admissions, TaskService taskService, String organisation) {
        OrganisationDetails details = new OrganisationDetails(organisation, OrganisationKind.VVT, "Almelo",
                new BigDecimal("40"), 90, false, "Bea Bestuurder", "bea@example.org",
                List.of(new OrganisationDetails.Contact("Carla Contact", "carla@example.org", null, null)));
        long id = admissions.apply(new ApplicationForm(details, false, false, List.of("PR en communicatie"),
                "visie.pdf", false));
        return taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                .taskDefinitionKey(AdmissionProcess.TASK_INTAKE).singleResult().getId();
    }
}
