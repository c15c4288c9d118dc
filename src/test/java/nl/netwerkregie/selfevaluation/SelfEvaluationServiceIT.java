package nl.netwerkregie.selfevaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.admission.SelfEvaluationFacts;
import nl.netwerkregie.membership.LifeStoryService;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.myorganisation.MyOrganisationFixtures;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.selfevaluation.process.SelfEvaluationProcess;
import nl.netwerkregie.shared.DomainException;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The self-evaluation's commands and queries on a real database (H2 and PostgreSQL). */
@Tag("persistence")
class SelfEvaluationServiceIT extends IntegrationTest {

    @Autowired OrganisationService organisations;
    @Autowired SelfEvaluationInvitations invitations;
    @Autowired SelfEvaluationService service;
    @Autowired SelfEvaluationQueries queries;
    @Autowired InstrumentService instrument;
    @Autowired LifeStoryService lifeStories;
    @Autowired SelfEvaluationFacts trialReviewFacts;
    @Autowired TaskService taskService;

    private long invite(long organisationId) {
        loginAs("coordinator1");
        return invitations.invite(organisationId);
    }

    private String fillInTask(long id) {
        return taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                .taskDefinitionKey(SelfEvaluationProcess.TASK_FILL_IN).singleResult().getId();
    }

    @Test
    void aDraftIsKeptBetweenSittingsAndASubmissionNamesWhatIsMissing() {
        long organisation = MyOrganisationFixtures.member(organisations, "contact1");
        long id = invite(organisation);
        loginAs("contact1");
        String task = fillInTask(id);
        service.save(task, List.of(new AnswerInput(0, 4, "Staat in het beleidsplan."), new AnswerInput(1, 2, null)));

        // A later sitting: what was saved is there, the task still open.
        SelfEvaluationResult resumed = queries.result(id);
        assertThat(resumed.state()).isEqualTo(SelfEvaluationState.INVITED);
        assertThat(resumed.savedAt()).isNotNull();
        assertThat(resumed.lines().get(0).score()).isEqualTo(4);
        assertThat(resumed.lines().get(0).remark()).isEqualTo("Staat in het beleidsplan.");
        assertThat(resumed.lines().get(1).score()).isEqualTo(2);

        // Submitting with gaps names them by number, and keeps what was given in this sitting.
        assertThatThrownBy(() -> service.submit(task, List.of(new AnswerInput(2, 3, "Met de Lastmeter."))))
                .isInstanceOfSatisfying(MissingScores.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("selfevaluation.missing");
                    assertThat(e.arguments()[0].toString()).startsWith("2b, 3a").doesNotContain("1a", "2a");
                    assertThat(e.positions()).doesNotContain(0, 1, 2).contains(3);
                });
        assertThat(queries.result(id).lines().get(2).remark()).isEqualTo("Met de Lastmeter.");
        assertThatThrownBy(() -> service.save(task, List.of(new AnswerInput(0, 5, null))))
                .hasFieldOrPropertyWithValue("messageKey", "selfevaluation.scoreOutOfRange");

        service.submit(task, SelfEvaluationFixtures.all(queries.result(id), 3));
        SelfEvaluationResult done = queries.result(id);
        assertThat(done.state()).isEqualTo(SelfEvaluationState.SUBMITTED);
        assertThat(done.averages()).allSatisfy(a -> assertThat(a.average()).isEqualByComparingTo("3.0"));
        assertThat(lifeStories.lifeStory(organisation)).anySatisfy(e -> {
            assertThat(e.whatKey()).isEqualTo("lifestory.selfevaluation.submitted");
            assertThat(e.detail()).contains("Proactieve zorgplanning: 3");
        });
        assertThat(trialReviewFacts.latestOf(organisation)).hasValueSatisfying(f ->
                assertThat(f.sections()).extracting(SelfEvaluationFacts.Section::average)
                        .allSatisfy(a -> assertThat(a).isEqualByComparingTo(new BigDecimal("3.0"))));
        loginAs("coordinator1");
        assertThat(queries.completedIn(done.submittedAt().atZone(java.time.ZoneId.of("Europe/Amsterdam")).getYear()))
                .anySatisfy(d -> assertThat(d.organisationId()).isEqualTo(organisation));
        assertThat(queries.scoresOverYears(organisation).years()).containsExactly(done.year());
    }

    @Test
    void anotherOrganisationsContactIsRefused() {
        long organisation = MyOrganisationFixtures.member(organisations, "contact1");
        long id = invite(organisation);
        String task = fillInTask(id);
        loginAs("contact2");
        assertThatThrownBy(() -> service.save(task, SelfEvaluationFixtures.first(1, 4)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.result(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.scoresOverYears(organisation)).isInstanceOf(AccessDeniedException.class);
        loginAs("bestuur1");
        assertThatThrownBy(() -> invitations.invite(organisation)).isInstanceOf(AccessDeniedException.class);
        loginAs("coordinator1");
        assertThatThrownBy(() -> invitations.invite(organisation)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "selfevaluation.alreadyOpen");
    }

    @Test
    void aRenamedStatementChangesNewInvitationsOnlyAndEachNetworkHasItsOwnInstrument() {
        long first = MyOrganisationFixtures.member(organisations, "contact1");
        long id = invite(first);
        InstrumentStatement statement = instrument.statements().get(0);
        String before = queries.result(id).lines().get(0).statement();
        assertThat(before).isEqualTo(statement.text());
        instrument.rename(statement.id(), "Palliatieve zorg staat in ons meerjarenbeleid " + System.nanoTime());
        long added = instrument.add(statement.section(), "Wij evalueren ieder overlijden in het team.");

        assertThat(queries.result(id).lines().get(0).statement()).as("given, so kept").isEqualTo(before);
        long second = invite(MyOrganisationFixtures.member(organisations, "contact1"));
        List<SelfEvaluationResult.Line> lines = queries.result(second).lines();
        assertThat(lines.get(0).statement()).startsWith("Palliatieve zorg staat in ons meerjarenbeleid");
        assertThat(lines).extracting(SelfEvaluationResult.Line::statement)
                .contains("Wij evalueren ieder overlijden in het team.");

        // Utrecht's coordinators see their own instrument and none of Twente's self-evaluations.
        CurrentNetwork.run("utrecht", () -> {
            loginAs("coordinatorutrecht");
            assertThat(instrument.statements()).extracting(InstrumentStatement::text)
                    .doesNotContain("Wij evalueren ieder overlijden in het team.")
                    .noneMatch(t -> t.startsWith("Palliatieve zorg staat in ons meerjarenbeleid"));
            assertThat(queries.page(0, 100)).extracting(SelfEvaluationRow::id).doesNotContain(id, second);
            assertThatThrownBy(() -> queries.result(id)).isInstanceOf(DomainException.class);
            assertThatThrownBy(() -> instrument.remove(added)).isInstanceOf(DomainException.class);
        });
        loginAs("coordinator1");
        instrument.remove(added);
        assertThat(instrument.statements()).extracting(InstrumentStatement::id).doesNotContain(added);
    }
}
