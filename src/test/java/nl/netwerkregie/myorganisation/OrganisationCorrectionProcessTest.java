package nl.netwerkregie.myorganisation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.membership.LifeStoryService;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.myorganisation.process.OrganisationCorrectionProcess;
import nl.netwerkregie.shared.DomainException;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Both paths of OrganisationCorrectionProcess.bpmn, with the real services (H2 and PostgreSQL). */
@Tag("persistence")
class OrganisationCorrectionProcessTest extends IntegrationTest {

    @Autowired ProcessEngine processEngine;
    @Autowired RuntimeService runtimeService;
    @Autowired OrganisationService organisations;
    @Autowired CorrectionService corrections;
    @Autowired CorrectionReviewService review;
    @Autowired MyOrganisationQueries myOrganisation;
    @Autowired LifeStoryService lifeStories;

    @BeforeEach
    void initAssertions() {
        init(processEngine);
    }

    private ProcessInstance propose(long organisationId, Map<CorrectionField, String> values) {
        loginAs("contact1");
        long correctionId = corrections.propose(organisationId, values, "Wij zijn verhuisd.");
        ProcessInstance pi = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(OrganisationCorrectionProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(correctionId)).singleResult();
        assertThat(pi).isWaitingAt(OrganisationCorrectionProcess.TASK_REVIEW);
        assertThat(task(pi)).hasCandidateGroup("coordinator");
        return pi;
    }

    @Test
    void anAcceptedCorrectionChangesTheRegistryAndTheLifeStoryTellsIt() {
        long id = MyOrganisationFixtures.member(organisations, "contact1");
        ProcessInstance pi = propose(id, Map.of(CorrectionField.MUNICIPALITY, "Borne",
                CorrectionField.CONTACT1_EMAIL, "carla@borne.example", CorrectionField.FTE, "32,5"));

        loginAs("coordinator1");
        review.accept(task(pi).getId());

        assertThat(pi).isEnded().hasPassed(OrganisationCorrectionProcess.END_ACCEPTED);
        Organisation changed = organisations.get(id);
        Assertions.assertThat(changed.getMunicipality()).isEqualTo("Borne");
        Assertions.assertThat(changed.getFte()).isEqualByComparingTo("32.5");
        Assertions.assertThat(changed.getContacts().get(0).email()).isEqualTo("carla@borne.example");
        Assertions.assertThat(changed.getContacts().get(0).username()).as("the login link stays").isEqualTo("contact1");
        Assertions.assertThat(lifeStories.lifeStory(id)).anySatisfy(e -> {
            Assertions.assertThat(e.whatKey()).isEqualTo("lifestory.correction");
            Assertions.assertThat(e.detail()).contains("Gemeente: Hengelo → Borne");
        });
        loginAs("contact1");
        Assertions.assertThat(myOrganisation.page(id).corrections()).singleElement()
                .satisfies(c -> Assertions.assertThat(c.state()).isEqualTo(CorrectionState.ACCEPTED));
    }

    @Test
    void aRejectedCorrectionKeepsTheDetailsAndTellsTheContactWhy() {
        long id = MyOrganisationFixtures.member(organisations, "contact1");
        ProcessInstance pi = propose(id, Map.of(CorrectionField.NAME, "Zorg Hengelo Nieuw " + System.nanoTime()));
        String before = organisations.get(id).getName();

        loginAs("coordinator1");
        String taskId = task(pi).getId();
        assertThatThrownBy(() -> review.reject(taskId, " ")).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "correction.reasonRequired");
        review.reject(taskId, "De naam wijzigt pas na de fusie op 1 januari.");

        assertThat(pi).isEnded().hasPassed(OrganisationCorrectionProcess.END_REJECTED);
        Assertions.assertThat(organisations.get(id).getName()).isEqualTo(before);
        loginAs("contact1");
        Assertions.assertThat(myOrganisation.page(id).corrections()).singleElement().satisfies(c -> {
            Assertions.assertThat(c.state()).isEqualTo(CorrectionState.REJECTED);
            Assertions.assertThat(c.rejectionReason()).isEqualTo("De naam wijzigt pas na de fusie op 1 januari.");
        });
    }

    @Test
    void onlyACoordinatorDecidesAndAProposalMustChangeSomething() {
        long id = MyOrganisationFixtures.member(organisations, "contact1");
        loginAs("contact1");
        assertThatThrownBy(() -> corrections.propose(id, Map.of(CorrectionField.MUNICIPALITY, "Hengelo"), null))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("messageKey", "correction.nothingChanged");
        assertThatThrownBy(() -> corrections.propose(id, Map.of(CorrectionField.MUNICIPALITY, "Utrecht"), null))
                .isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "organisation.municipalityOutsideRegion");
        ProcessInstance pi = propose(id, Map.of(CorrectionField.EMPLOYEES_OR_MEMBERS, "50"));
        loginAs("bestuur1");
        assertThatThrownBy(() -> review.accept(task(pi).getId())).isInstanceOf(AccessDeniedException.class);
        assertThat(pi).isWaitingAt(OrganisationCorrectionProcess.TASK_REVIEW);
    }
}
