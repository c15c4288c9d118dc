package nl.netwerkregie.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.evaluation.process.YearlyEvaluationProcess;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evaluation's storage and its guards, on H2 and PostgreSQL: answers stored with the question as asked, one
 * answer per organisation, a non-respondent refused, networks apart, the yearly start once per network and year.
 */
@Tag("persistence")
class YearlyEvaluationServiceIT extends IntegrationTest {

    @Autowired EvaluationFixtures fixtures;
    @Autowired EvaluationAnswers answers;
    @Autowired EvaluationQuestions questions;
    @Autowired YearlyEvaluationQueries queries;
    @Autowired EvaluationRespondentRepository respondents;
    @Autowired YearlyEvaluationRound round;
    @Autowired EvaluationStarts starts;
    @Autowired RuntimeService runtimeService;
    @Autowired PlatformTransactionManager transactions;

    private ProcessInstance sentWithOwnFirstQuestion(long id, String firstQuestion) {
        ProcessInstance pi = fixtures.instance(id);
        loginAs("coordinator1");
        List<Question> asked = new ArrayList<>(queries.detail(id).questions());
        asked.set(0, new Question(QuestionKind.SCALE, firstQuestion));
        fixtures.prepareAndSend(pi, id, asked);
        return pi;
    }

    @Test
    void answersAreStoredAsDraftThenSubmittedAndKeepTheQuestionTheyWereGiven() {
        long id = fixtures.start();
        ProcessInstance pi = sentWithOwnFirstQuestion(id, "Het netwerk helpt onze organisatie vooruit.");
        loginAs("contact1");
        Task task = fixtures.answerTaskOf(pi, "contact1");
        AnswerSheet sheet = answers.sheet(task.getId());
        assertThat(sheet.respondent()).isEqualTo("Thuiszorg Dinkelland");
        List<Answer> half = new ArrayList<>(sheet.answers().stream()
                .map(a -> new Answer(a.position(), a.kind(), a.questionText(), null, null)).toList());
        half.set(0, new Answer(0, QuestionKind.SCALE, "ignored", 3, "Meer scholing graag"));
        answers.saveDraft(task.getId(), half);
        assertThat(answers.sheet(task.getId()).answers().get(0).score()).isEqualTo(3);
        assertThatThrownBy(() -> answers.submit(task.getId(), half)).isInstanceOf(DomainException.class)
                .hasMessageContaining("evaluation.answer.scoreRequired").hasMessageContaining("[2]");
        List<Answer> wrong = new ArrayList<>(EvaluationFixtures.answered(sheet, 4, "Goed"));
        wrong.set(1, new Answer(1, QuestionKind.SCALE, "x", 7, null));
        assertThatThrownBy(() -> answers.submit(task.getId(), wrong)).isInstanceOf(DomainException.class)
                .hasMessageContaining("evaluation.answer.scoreRange");
        answers.submit(task.getId(), EvaluationFixtures.answered(sheet, 4, "Goed"));

        // The network's list changes afterwards; what was asked and answered stays as it was.
        loginAs("coordinator1");
        List<Question> before = questions.list();
        questions.replace(List.of(new Question(QuestionKind.OPEN, "Een heel andere vraag?")));
        try {
            new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                EvaluationRespondent stored = respondents.findByEvaluationIdOrderByIdAsc(id).stream()
                        .filter(r -> "Thuiszorg Dinkelland".equals(r.getName())).findFirst().orElseThrow();
                assertThat(stored.getStatus()).isEqualTo(RespondentStatus.SUBMITTED);
                assertThat(stored.getAnswers().get(0).questionText())
                        .isEqualTo("Het netwerk helpt onze organisatie vooruit.");
                assertThat(stored.getAnswers().get(0).score()).isEqualTo(4);
            });
            assertThat(queries.detail(id).results().get(0).text()).isEqualTo("Het netwerk helpt onze organisatie vooruit.");
            assertThat(queries.detail(id).overview().answered()).isEqualTo(1);
        } finally {
            questions.replace(before);
        }
        assertThatThrownBy(() -> questions.replace(List.of(new Question(QuestionKind.SCALE, " "))))
                .isInstanceOf(DomainException.class).hasMessageContaining("evaluation.question.textRequired");
    }

    @Test
    void anOrganisationAnswersOnce() {
        long id = fixtures.start();
        ProcessInstance pi = sentWithOwnFirstQuestion(id, "Eén keer antwoorden.");
        loginAs("contact1");
        Task task = fixtures.answerTaskOf(pi, "contact1");
        List<Answer> full = EvaluationFixtures.answered(answers.sheet(task.getId()), 5, null);
        answers.submit(task.getId(), full);
        assertThatThrownBy(() -> answers.submit(task.getId(), full)).isInstanceOfAny(DomainException.class,
                AccessDeniedException.class);
        EvaluationRespondent first = respondents.findByEvaluationIdOrderByIdAsc(id).get(0);
        assertThatThrownBy(() -> respondents.saveAndFlush(new EvaluationRespondent(id, first.getOrganisationId(),
                first.getBoardMember(), "Dubbel", List.of("contact1"), List.of())))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void whoIsNotAskedCannotAnswer() {
        long id = fixtures.start();
        ProcessInstance pi = sentWithOwnFirstQuestion(id, "Alleen de gevraagden.");
        loginAs("contact1");
        String contact1sTask = fixtures.answerTaskOf(pi, "contact1").getId();
        List<Answer> full = EvaluationFixtures.answered(answers.sheet(contact1sTask), 5, null);
        for (String other : List.of("contact2", "bestuur1")) {
            loginAs(other);
            assertThatThrownBy(() -> answers.submit(contact1sTask, full)).as(other)
                    .isInstanceOf(AccessDeniedException.class);
        }
        loginAs("coordinator1");
        assertThatThrownBy(() -> answers.sheet(contact1sTask)).isInstanceOf(AccessDeniedException.class);
        loginAs("contact1");
        answers.submit(contact1sTask, full);
    }

    @Test
    void anotherNetworkSeesNoneOfThis() {
        long id = fixtures.start();
        String other = fixtures.newNetwork("--12-31");
        loginAs("coordinator1", Role.COORDINATOR);
        CurrentNetwork.run(other, () -> {
            assertThat(queries.all()).extracting(EvaluationOfYear::id).doesNotContain(id);
            assertThatThrownBy(() -> queries.detail(id)).isInstanceOf(DomainException.class)
                    .hasMessageContaining("evaluation.notFound");
            assertThat(questions.list()).as("its own default list").isNotEmpty();
        });
        assertThat(queries.all()).extracting(EvaluationOfYear::id).contains(id);
    }

    @Test
    void theYearlyRoundStartsOncePerNetworkAndYearAlsoWithTwoNodes() {
        String network = fixtures.newNetwork("--01-01");
        round.run();
        round.run();
        loginAs("coordinator1", Role.COORDINATOR);
        CurrentNetwork.run(network, () -> {
            List<EvaluationOfYear> all = queries.all();
            assertThat(all).hasSize(1);
            assertThat(all.get(0).yearly()).isTrue();
            assertThat(queries.ofYear(all.get(0).year())).map(EvaluationOfYear::id).contains(all.get(0).id());
        });
        // A second node that missed the first's row: the database refuses its start, with its process instance.
        assertThatThrownBy(() -> CurrentNetwork.as(network, () -> starts.start(true, "node2")))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(YearlyEvaluationProcess.PROCESS_ID)
                .tenantIdIn(network).count()).isEqualTo(1);
        java.time.LocalDate tomorrow = java.time.LocalDate.now().plusDays(1);
        if (tomorrow.getYear() == java.time.LocalDate.now().getYear()) {
            String notYet = fixtures.newNetwork(java.time.MonthDay.from(tomorrow).toString());
            round.run();
            CurrentNetwork.run(notYet, () -> assertThat(queries.all()).as("its day has not come").isEmpty());
        }
    }
}
