package nl.netwerkregie.evaluation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.evaluation.process.YearlyEvaluationProcess;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.mail.Mailer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of YearlyEvaluationProcess.bpmn with the real services and tables: all answered before the deadline,
 * the deadline passed with answers missing, the reminder, the board's conclusions with and without proposals, and
 * a start by hand. The demo's Twente network: two member organisations with a contact login, eight board members.
 */
@Tag("persistence")
class YearlyEvaluationProcessTest extends IntegrationTest {

    @Autowired ProcessEngine processEngine;
    @Autowired TaskService taskService;
    @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
    @Autowired EvaluationFixtures fixtures;
    @Autowired YearlyEvaluationService service;
    @Autowired EvaluationAnswers answers;
    @Autowired YearlyEvaluationQueries queries;
    @Autowired YearlyEvaluationSteps steps;
    @Autowired EvaluationRespondentRepository respondents;
    @Autowired OrganisationService organisations;
    @Autowired Mailer mailer;

    @BeforeEach
    void initAssertions() {
        init(processEngine);
    }

    /** Started and prepared by coordinator1: the answer tasks are out, one per respondent. */
    private ProcessInstance sent(long id) {
        ProcessInstance pi = fixtures.instance(id);
        assertThat(pi).isStarted().isWaitingAt(YearlyEvaluationProcess.TASK_PREPARE);
        assertThat(task(YearlyEvaluationProcess.TASK_PREPARE, pi)).hasCandidateGroup("coordinator")
                .hasFormKey(YearlyEvaluationProcess.FORM_PREPARE);
        loginAs("coordinator1");
        fixtures.prepareAndSend(pi, id, queries.detail(id).questions());
        assertThat(pi).isWaitingAt(YearlyEvaluationProcess.TASK_ANSWER);
        int asked = respondents.findByEvaluationIdOrderByIdAsc(id).size();
        org.assertj.core.api.Assertions.assertThat(taskService.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(YearlyEvaluationProcess.TASK_ANSWER).count()).isEqualTo(asked);
        org.assertj.core.api.Assertions.assertThat(fixtures.answerTaskOf(pi, "contact1")).isNotNull();
        org.assertj.core.api.Assertions.assertThat(fixtures.answerTaskOf(pi, "bestuur1")).isNotNull();
        return pi;
    }

    private void submit(ProcessInstance pi, String username) {
        loginAs(username);
        Task task = fixtures.answerTaskOf(pi, username);
        answers.submit(task.getId(), EvaluationFixtures.answered(answers.sheet(task.getId()), 4, "Prima"));
    }

    private void summarise(ProcessInstance pi) {
        asyncJobs.runAll();
        assertThat(pi).isWaitingAt(YearlyEvaluationProcess.TASK_WRITE_SUMMARY);
        org.assertj.core.api.Assertions.assertThat(runtimeService.getVariables(pi.getId()).keySet())
                .containsOnly(YearlyEvaluationProcess.VAR_EVALUATION_ID);
        loginAs("coordinator2");
        service.summarise(task(YearlyEvaluationProcess.TASK_WRITE_SUMMARY, pi).getId(),
                "De leden zijn tevreden over de werkgroepen; de communicatie kan beter.");
        assertThat(task(YearlyEvaluationProcess.TASK_RECORD_CONCLUSIONS, pi)).hasCandidateGroup("secretary")
                .hasCandidateGroup("coordinator").hasFormKey(YearlyEvaluationProcess.FORM_CONCLUSIONS);
    }

    private void conclude(ProcessInstance pi, String proposals) {
        loginAs("secretaris");
        service.conclude(task(YearlyEvaluationProcess.TASK_RECORD_CONCLUSIONS, pi).getId(),
                "De samenwerking voldoet op hoofdlijnen.", proposals);
        asyncJobs.runAll();
    }

    @Test
    void allAnsweredBeforeTheDeadlineAndTheBoardProposesNoChanges() {
        long id = fixtures.start();
        ProcessInstance pi = sent(id);
        fixtures.eachAnswerTask(pi, (task, user) -> {
            loginAs(user);
            answers.submit(task.getId(), EvaluationFixtures.answered(answers.sheet(task.getId()), 5, null));
        });
        summarise(pi);
        assertThat(pi).hasPassed(YearlyEvaluationProcess.TASK_CLOSE_ANSWERS)
                .hasNotPassed(YearlyEvaluationProcess.TIMER_DEADLINE, YearlyEvaluationProcess.TIMER_REMINDER);
        conclude(pi, "  ");

        assertThat(pi).isEnded().hasPassed(YearlyEvaluationProcess.END_NO_CHANGES)
                .hasNotPassed(YearlyEvaluationProcess.TASK_SEND_PROPOSALS);
        // The instance's own variables: the id and the flag; the answer tasks' respondent ids were local to them.
        assertThat(pi).variables().containsEntry(YearlyEvaluationProcess.VAR_EVALUATION_ID, id)
                .containsEntry(YearlyEvaluationProcess.VAR_PROPOSALS_MADE, false);
        loginAs("coordinator1");
        EvaluationOfYear done = queries.detail(id).overview();
        org.assertj.core.api.Assertions.assertThat(done.status()).isEqualTo(EvaluationStatus.CLOSED);
        org.assertj.core.api.Assertions.assertThat(done.responseRate()).isEqualTo(100);
        org.assertj.core.api.Assertions.assertThat(done.proposals()).isNull();
        org.assertj.core.api.Assertions.assertThat(mailer.queued("evaluation-proposals:" + id + ":"
                + member("Thuiszorg Dinkelland").getId())).isFalse();
    }

    @Test
    void theDeadlinePassesWithAnswersMissingAndTheProposalsGoToAllParties() {
        long id = fixtures.start();
        ProcessInstance pi = sent(id);
        submit(pi, "contact1");
        loginAs("bestuur1");
        Task draftTask = fixtures.answerTaskOf(pi, "bestuur1");
        answers.saveDraft(draftTask.getId(), EvaluationFixtures.answered(answers.sheet(draftTask.getId()), 2, "Half"));

        execute(job(YearlyEvaluationProcess.TIMER_DEADLINE, pi));
        summarise(pi);
        assertThat(pi).hasPassed(YearlyEvaluationProcess.TIMER_DEADLINE);
        loginAs("coordinator1");
        EvaluationDetail detail = queries.detail(id);
        org.assertj.core.api.Assertions.assertThat(detail.overview().answered()).as("the draft does not count").isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(detail.results().get(0).average()).isEqualTo(4.0);
        loginAs("contact2");
        org.assertj.core.api.Assertions.assertThat(fixtures.answerTaskOf(pi, "contact2")).as("closed").isNull();

        conclude(pi, "Artikel 6: de netwerkgroep komt voortaan vier keer per jaar bijeen.");
        assertThat(pi).isEnded().hasPassed(YearlyEvaluationProcess.TASK_SEND_PROPOSALS,
                YearlyEvaluationProcess.END_PROPOSALS_SENT).hasNotPassed(YearlyEvaluationProcess.END_NO_CHANGES);
        for (Organisation member : organisations.members()) {
            org.assertj.core.api.Assertions.assertThat(mailer.queued("evaluation-proposals:" + id + ":" + member.getId()))
                    .as(member.getName()).isTrue();
        }
        loginAs("coordinator1");
        EvaluationOfYear done = queries.detail(id).overview();
        org.assertj.core.api.Assertions.assertThat(done.status()).isEqualTo(EvaluationStatus.CLOSED);
        org.assertj.core.api.Assertions.assertThat(done.proposalsSentAt()).isNotNull();
        org.assertj.core.api.Assertions.assertThat(done.proposals()).startsWith("Artikel 6");
    }

    @Test
    void theReminderGoesOnceToWhoHasNotAnswered() {
        long id = fixtures.start();
        ProcessInstance pi = sent(id);
        org.assertj.core.api.Assertions.assertThat(job(YearlyEvaluationProcess.TIMER_REMINDER, pi).getDuedate())
                .isBefore(job(YearlyEvaluationProcess.TIMER_DEADLINE, pi).getDuedate());
        submit(pi, "contact1");

        execute(job(YearlyEvaluationProcess.TIMER_REMINDER, pi));
        assertThat(pi).hasPassed(YearlyEvaluationProcess.TASK_REMIND, YearlyEvaluationProcess.END_REMINDED)
                .isWaitingAt(YearlyEvaluationProcess.TASK_ANSWER);
        List<EvaluationRespondent> asked = respondents.findByEvaluationIdOrderByIdAsc(id);
        for (EvaluationRespondent r : asked) {
            org.assertj.core.api.Assertions.assertThat(mailer.queued("evaluation-reminder:" + r.getId())).as(r.getName())
                    .isEqualTo(r.getStatus() != RespondentStatus.SUBMITTED);
        }
        org.assertj.core.api.Assertions.assertThat(steps.remind(id)).as("nothing sent twice").isZero();

        execute(job(YearlyEvaluationProcess.TIMER_DEADLINE, pi));
        summarise(pi);
        conclude(pi, null);
        assertThat(pi).isEnded().hasPassed(YearlyEvaluationProcess.END_NO_CHANGES);
    }

    @Test
    void aCoordinatorStartsOneInBetweenButNotASecondWhileItRuns() {
        String own = fixtures.newNetwork("--12-31");
        loginAs("coordinator1", Role.COORDINATOR);
        long id = CurrentNetwork.as(own, service::startByHand);
        CurrentNetwork.run(own, () -> {
            ProcessInstance pi = fixtures.instance(id);
            assertThat(pi).isStarted().isWaitingAt(YearlyEvaluationProcess.TASK_PREPARE);
            org.assertj.core.api.Assertions.assertThat(pi.getTenantId()).isEqualTo(own);
            EvaluationOfYear started = queries.all().get(0);
            org.assertj.core.api.Assertions.assertThat(started.id()).isEqualTo(id);
            org.assertj.core.api.Assertions.assertThat(started.yearly()).isFalse();
            org.assertj.core.api.Assertions.assertThat(started.status()).isEqualTo(EvaluationStatus.PREPARING);
        });
        assertThatThrownBy(() -> CurrentNetwork.as(own, service::startByHand)).isInstanceOf(DomainException.class)
                .hasMessageContaining("evaluation.stillOpen");
        loginAs("bestuur1", Role.BOARD_MEMBER);
        assertThatThrownBy(() -> CurrentNetwork.as(own, service::startByHand))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private Organisation member(String name) {
        return organisations.members().stream().filter(o -> o.getName().equals(name)).findFirst().orElseThrow();
    }
}
