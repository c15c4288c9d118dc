package nl.netwerkregie.selfevaluation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.LocalDate;
import java.time.ZoneId;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.membership.LifeStoryService;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.myorganisation.MyOrganisationFixtures;
import nl.netwerkregie.selfevaluation.process.SelfEvaluationProcess;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path and timer of SelfEvaluationProcess.bpmn, with the real services. */
class SelfEvaluationProcessTest extends IntegrationTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired OrganisationService organisations;
    @Autowired SelfEvaluationInvitations invitations;
    @Autowired SelfEvaluationService service;
    @Autowired SelfEvaluationQueries queries;
    @Autowired LifeStoryService lifeStories;
    @Autowired JdbcTemplate jdbc;

    private long organisationId;
    private long id;

    @BeforeEach
    void invite() {
        init(processEngine);
        organisationId = MyOrganisationFixtures.member(organisations, "contact1");
        loginAs("coordinator1");
        id = invitations.invite(organisationId);
    }

    private ProcessInstance instance() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(SelfEvaluationProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(id)).singleResult();
    }

    private ProcessInstance waitingForTheContact() {
        ProcessInstance pi = instance();
        assertThat(pi).isWaitingAt(SelfEvaluationProcess.TASK_FILL_IN);
        assertThat(task(SelfEvaluationProcess.TASK_FILL_IN, pi)).hasCandidateUser("contact1")
                .hasFormKey(SelfEvaluationProcess.FORM_FILL_IN);
        assertThat(pi).variables().containsOnlyKeys(SelfEvaluationProcess.VAR_SELF_EVALUATION_ID)
                .containsEntry(SelfEvaluationProcess.VAR_SELF_EVALUATION_ID, id);
        return pi;
    }

    private void submitAndDiscuss(ProcessInstance pi) {
        loginAs("contact1");
        String fillIn = task(SelfEvaluationProcess.TASK_FILL_IN, pi).getId();
        service.submit(fillIn, SelfEvaluationFixtures.all(queries.result(id), 3));
        assertThat(pi).isWaitingAt(SelfEvaluationProcess.TASK_REVIEW);
        assertThat(task(SelfEvaluationProcess.TASK_REVIEW, pi)).hasCandidateGroup("coordinator")
                .hasFormKey(SelfEvaluationProcess.FORM_REVIEW);
        loginAs("coordinator1");
        service.discuss(task(SelfEvaluationProcess.TASK_REVIEW, pi).getId(), "Besproken in het overleg van 12 maart.");
        assertThat(pi).isEnded().hasPassed(SelfEvaluationProcess.END_DISCUSSED);
        Assertions.assertThat(queries.result(id).state()).isEqualTo(SelfEvaluationState.DISCUSSED);
    }

    @Test
    void submittedBeforeTheReminderGoesToTheCoordinatorsReview() {
        ProcessInstance pi = waitingForTheContact();
        LocalDate deadline = LocalDate.now().plusWeeks(6);
        Assertions.assertThat(task(SelfEvaluationProcess.TASK_FILL_IN, pi).getDueDate().toInstant())
                .isEqualTo(deadline.atTime(23, 59).atZone(ZONE).toInstant());
        Assertions.assertThat(job(SelfEvaluationProcess.TIMER_REMINDER, pi).getDuedate().toInstant())
                .isEqualTo(deadline.minusWeeks(2).atStartOfDay(ZONE).toInstant());
        Assertions.assertThat(job(SelfEvaluationProcess.TIMER_DEADLINE, pi).getDuedate().toInstant())
                .isEqualTo(deadline.plusDays(1).atStartOfDay(ZONE).toInstant());

        submitAndDiscuss(pi);
        assertThat(pi).hasNotPassed(SelfEvaluationProcess.TASK_SEND_REMINDER, SelfEvaluationProcess.TASK_CHASE_UP);
    }

    @Test
    void theReminderMailsTheContactsAndTheTaskStaysOpen() {
        ProcessInstance pi = waitingForTheContact();
        execute(job(SelfEvaluationProcess.TIMER_REMINDER, pi));
        assertThat(pi).hasPassed(SelfEvaluationProcess.TASK_SEND_REMINDER, SelfEvaluationProcess.END_REMINDED)
                .isWaitingAt(SelfEvaluationProcess.TASK_FILL_IN);
        String name = organisations.get(organisationId).getName();
        Assertions.assertThat(jdbc.queryForList("select recipients from outgoing_mail where subject = ?", String.class,
                "Herinnering: zelfevaluatie palliatieve zorg " + name)).singleElement()
                .asString().contains("carla@hengelo.example");
        submitAndDiscuss(pi);
    }

    @Test
    void afterTheDeadlineTheCoordinatorExtendsItAndTheDraftIsStillThere() {
        ProcessInstance pi = waitingForTheContact();
        loginAs("contact1");
        service.save(task(SelfEvaluationProcess.TASK_FILL_IN, pi).getId(), SelfEvaluationFixtures.first(3, 2));

        execute(job(SelfEvaluationProcess.TIMER_DEADLINE, pi));
        assertThat(pi).isWaitingAt(SelfEvaluationProcess.TASK_CHASE_UP);
        assertThat(task(SelfEvaluationProcess.TASK_CHASE_UP, pi)).hasCandidateGroup("coordinator")
                .hasFormKey(SelfEvaluationProcess.FORM_CHASE_UP);
        loginAs("coordinator1");
        String chaseUp = task(SelfEvaluationProcess.TASK_CHASE_UP, pi).getId();
        assertThatThrownBy(() -> service.chaseUp(chaseUp, LocalDate.now(), null))
                .hasFieldOrPropertyWithValue("messageKey", "selfevaluation.deadlineNotAfterToday");
        LocalDate extended = LocalDate.now().plusWeeks(3);
        service.chaseUp(chaseUp, extended, null);

        assertThat(pi).isWaitingAt(SelfEvaluationProcess.TASK_FILL_IN).variables()
                .containsEntry(SelfEvaluationProcess.VAR_EXTENDED, true).hasSize(2);
        Assertions.assertThat(task(SelfEvaluationProcess.TASK_FILL_IN, pi).getDueDate().toInstant())
                .isEqualTo(extended.atTime(23, 59).atZone(ZONE).toInstant());
        Assertions.assertThat(job(SelfEvaluationProcess.TIMER_REMINDER, pi).getDuedate().toInstant())
                .isEqualTo(extended.minusWeeks(2).atStartOfDay(ZONE).toInstant());
        loginAs("contact1");
        Assertions.assertThat(queries.result(id).lines()).extracting(SelfEvaluationResult.Line::score)
                .startsWith(2, 2, 2).contains((Integer) null);
        submitAndDiscuss(pi);
    }

    @Test
    void afterTheDeadlineTheCoordinatorClosesItAndTheLifeStoryTellsIt() {
        ProcessInstance pi = waitingForTheContact();
        execute(job(SelfEvaluationProcess.TIMER_DEADLINE, pi));
        loginAs("coordinator1");
        service.chaseUp(task(SelfEvaluationProcess.TASK_CHASE_UP, pi).getId(), null,
                "Geen reactie na twee keer bellen.");

        assertThat(pi).isEnded().hasPassed(SelfEvaluationProcess.END_CLOSED)
                .hasNotPassed(SelfEvaluationProcess.TASK_REVIEW);
        Assertions.assertThat(queries.result(id).state()).isEqualTo(SelfEvaluationState.CLOSED);
        Assertions.assertThat(lifeStories.lifeStory(organisationId))
                .anySatisfy(e -> Assertions.assertThat(e.whatKey()).isEqualTo("lifestory.selfevaluation.closed"));
    }
}
