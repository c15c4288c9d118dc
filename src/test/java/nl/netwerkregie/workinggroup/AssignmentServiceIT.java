package nl.netwerkregie.workinggroup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.membership.LifeStoryService;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.workinggroup.process.WerkgroepAssignmentProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A chair sees and reports only on the assignments of their own werkgroep; bad assignments are refused clearly. */
@Tag("persistence")
class AssignmentServiceIT extends IntegrationTest {

    @Autowired AssignmentService assignments;
    @Autowired AssignmentQueries queries;
    @Autowired WerkgroepService werkgroepen;
    @Autowired OrganisationService organisations;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired TranslationProvider translations;
    @Autowired LifeStoryService lifeStories;
    @Autowired AssignmentApprovals approvals;

    /** Drafts, lets five board members approve, and lets the first report fall due. Returns the report task. */
    private String runningWithReportDue(long werkgroepId) {
        loginAs("coordinator1");
        long id = assignments.draft(WerkgroepFixtures.assignment(werkgroepId));
        approvals.approve(id, this::loginAs);
        ProcessInstance pi = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(WerkgroepAssignmentProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(id)).singleResult();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId())
                .activityId(WerkgroepAssignmentProcess.TIMER_REPORT_DUE).singleResult().getId());
        return taskService.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(WerkgroepAssignmentProcess.TASK_REPORT).singleResult().getId();
    }

    @Test
    void aChairOfOneWerkgroepCannotSeeOrReportOnAnotherWerkgroepsAssignment() {
        loginAs("coordinator1");
        long a = WerkgroepFixtures.werkgroep(werkgroepen, organisations, "voorzitter1", "vice-a");
        long b = WerkgroepFixtures.werkgroep(werkgroepen, organisations, "voorzitter2", "vice-b");
        String taskA = runningWithReportDue(a);
        String taskB = runningWithReportDue(b);
        loginAs("coordinator1");
        long assignmentA = queries.ofWerkgroep(a).get(0).id();
        long assignmentB = queries.ofWerkgroep(b).get(0).id();

        loginAs("voorzitter1");
        assertThat(queries.visible()).extracting(AssignmentOverview::id).contains(assignmentA).doesNotContain(assignmentB);
        assertThat(queries.overview(assignmentA).werkgroepId()).isEqualTo(a);
        assertThatThrownBy(() -> queries.overview(assignmentB)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.versions(assignmentB)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.reports(assignmentB)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.timeline(assignmentB)).isInstanceOf(AccessDeniedException.class);
        ReportForm report = new ReportForm(TimelineStatus.AT_RISK, "Nog niet begonnen", null, "Geen zaal", BigDecimal.ZERO, false);
        assertThatThrownBy(() -> assignments.submitReport(taskB, report)).isInstanceOf(AccessDeniedException.class);

        // Even with the task in hand (e.g. a stale link), the service checks the seat: a former chair cannot report.
        loginAs("voorzitter1");
        assignments.submitReport(taskA, report);
        assertThat(queries.reports(assignmentA)).hasSize(1);
        // The report shows in the life story of the organisation whose person chairs werkgroep A.
        loginAs("coordinator1");
        long organisation = werkgroepen.seats(a).get(0).getOrganisationId();
        assertThat(lifeStories.lifeStory(organisation)).anySatisfy(event -> {
            assertThat(event.whatKey()).isEqualTo("lifestory.report.progress");
            assertThat(event.whatArgs()).containsExactly(werkgroepen.get(a).getName());
            assertThat(event.detail()).isEqualTo("Voorzitter voorzitter1");
        });
        assertThat(lifeStories.lifeStory(organisation)).noneSatisfy(event -> {
            assertThat(event.whatKey()).startsWith("lifestory.report");
            assertThat(event.whatArgs()).containsExactly(werkgroepen.get(b).getName());
        });
        loginAs("voorzitter1");
        loginAs("voorzitter2");
        assertThat(queries.visible()).extracting(AssignmentOverview::id).contains(assignmentB).doesNotContain(assignmentA);

        // A board member or the secretary sees all; someone without a seat or such a role sees none.
        loginAs("bestuur1");
        assertThat(queries.visible()).extracting(AssignmentOverview::id).contains(assignmentA, assignmentB);
        loginAs("contact1");
        assertThatThrownBy(() -> queries.visible()).isInstanceOf(AccessDeniedException.class);
        loginAs("somebody", Role.WERKGROEP_CHAIR);
        assertThat(queries.visible()).isEmpty();
    }

    @Test
    void aChairWhoseSeatEndedNoLongerSeesTheAssignment() {
        loginAs("coordinator1");
        long a = WerkgroepFixtures.werkgroep(werkgroepen, organisations, "oud-voorzitter", "vice-c");
        long assignment = assignments.draft(WerkgroepFixtures.assignment(a));
        WerkgroepMember seat = werkgroepen.seats(a).stream().filter(s -> "oud-voorzitter".equals(s.getUsername()))
                .findFirst().orElseThrow();
        loginAs("oud-voorzitter", Role.WERKGROEP_CHAIR);
        assertThat(queries.overview(assignment).id()).isEqualTo(assignment);
        loginAs("coordinator1");
        assertThatThrownBy(() -> werkgroepen.endSeat(seat.getId(), werkgroepen.get(seat.getWerkgroepId()).getVersion(),
                seat.getStartDate().minusDays(1)))
                .hasMessageContaining("werkgroep.seat.endBeforeStart");
        werkgroepen.endSeat(seat.getId(), werkgroepen.get(seat.getWerkgroepId()).getVersion(), LocalDate.now());
        loginAs("oud-voorzitter", Role.WERKGROEP_CHAIR);
        assertThatThrownBy(() -> queries.overview(assignment)).isInstanceOf(AccessDeniedException.class);
    }

    private String refusal(AssignmentForm form, String key) {
        loginAs("coordinator1");
        DomainException refused = org.junit.jupiter.api.Assertions.assertThrows(DomainException.class,
                () -> assignments.draft(form));
        assertThat(refused.messageKey()).isEqualTo(key);
        return translations.translate(TranslationProvider.DUTCH, refused.messageKey(), refused.arguments());
    }

    private static AssignmentForm with(AssignmentForm f, String doel, String result, LocalDate start, LocalDate end,
            List<Milestone> milestones) {
        return new AssignmentForm(f.werkgroepId(), doel, result, f.theme(), start, end, milestones, f.budget(), f.composition());
    }

    @Test
    void badAssignmentsAreRefusedWithClearDutchMessages() {
        loginAs("coordinator1");
        long werkgroep = WerkgroepFixtures.werkgroep(werkgroepen, organisations, "voorzitter1", "vice-d");
        AssignmentForm good = WerkgroepFixtures.assignment(werkgroep);
        LocalDate start = good.startDate();
        LocalDate end = good.endDate();

        assertThat(refusal(with(good, good.doel(), good.gewenstResultaat(), start, end,
                List.of(new Milestone(end.plusDays(1), "Na afloop"))), "werkgroep.assignment.milestoneOutsideTimeline"))
                .startsWith("Mijlpaal 1 valt buiten het tijdspad (");
        assertThat(refusal(with(good, good.doel(), good.gewenstResultaat(), start, end,
                List.of(new Milestone(start.plusDays(3), "Start"), new Milestone(start.minusDays(1), "Vooraf"))),
                "werkgroep.assignment.milestoneOutsideTimeline")).startsWith("Mijlpaal 2 valt buiten het tijdspad");
        assertThat(refusal(with(good, good.doel(), good.gewenstResultaat(), start, start.minusDays(1), List.of()),
                "werkgroep.assignment.endBeforeStart")).isEqualTo("Het einde van het tijdspad ligt voor de start.");
        assertThat(refusal(with(good, " ", good.gewenstResultaat(), start, end, List.of()),
                "werkgroep.assignment.doelRequired")).isEqualTo("Beschrijf het doel van de opdracht.");
        assertThat(refusal(with(good, good.doel(), null, start, end, List.of()),
                "werkgroep.assignment.resultRequired")).isEqualTo("Beschrijf het gewenste resultaat.");
        assertThat(refusal(with(good, good.doel(), good.gewenstResultaat(), start, end,
                List.of(new Milestone(null, "Zonder datum"))), "werkgroep.assignment.milestoneIncomplete"))
                .isEqualTo("Mijlpaal 1 heeft een datum en een omschrijving nodig.");

        long withoutVice = WerkgroepFixtures.werkgroep(werkgroepen, organisations, "voorzitter1", null);
        String name = werkgroepen.get(withoutVice).getName();
        assertThat(refusal(WerkgroepFixtures.assignment(withoutVice), "werkgroep.viceChairRequired"))
                .as("says which seat is missing").isEqualTo("Werkgroep " + name + " heeft nog geen vicevoorzitter; "
                        + "een opdracht kan pas als er een voorzitter en een vicevoorzitter zijn.");

        assertThatThrownBy(() -> werkgroepen.create(new WerkgroepForm("Tijdelijk " + System.nanoTime(), false, null,
                start, start.minusDays(1)))).hasMessageContaining("werkgroep.endBeforeStart");
        assertThat(queries.ofWerkgroep(werkgroep)).isEmpty();
        loginAs("bestuur1");
        assertThatThrownBy(() -> assignments.draft(good)).isInstanceOf(AccessDeniedException.class);
    }
}
