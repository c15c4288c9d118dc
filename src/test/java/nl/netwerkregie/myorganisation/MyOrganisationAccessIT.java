package nl.netwerkregie.myorganisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.admission.AdmissionService;
import nl.netwerkregie.membership.LifeStoryService;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.document.DocumentService;
import nl.netwerkregie.shared.document.UploadedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;

/** The services check that a member contact reads and corrects only their own organisation, whatever view asks. */
@ExtendWith(OutputCaptureExtension.class)
class MyOrganisationAccessIT extends IntegrationTest {

    @Autowired MyOrganisationQueries myOrganisation;
    @Autowired CorrectionService corrections;
    @Autowired LifeStoryService lifeStories;
    @Autowired OrganisationService organisations;
    @Autowired DocumentService documents;

    @Test
    void aContactReadsTheirOwnOrganisation() {
        long own = MyOrganisationFixtures.demo(organisations, "Thuiszorg Dinkelland").getId();
        loginAs("contact1");
        assertThat(myOrganisation.page(own).organisation().name()).isEqualTo("Thuiszorg Dinkelland");
        assertThat(myOrganisation.mine()).extracting(MyOrganisationPage.Choice::id).contains(own);
    }

    @Test
    void anotherOrganisationIsRefusedAndLoggedWithTheUserAndTheId(CapturedOutput output) {
        long other = MyOrganisationFixtures.demo(organisations, "Hospice Het Lichtpunt").getId();
        long document = documents.store(AdmissionService.DOCUMENT_OWNER, String.valueOf(other), "vision",
                new UploadedDocument("visie.pdf", "application/pdf", "%PDF-1.4 visie".getBytes(java.nio.charset.StandardCharsets.US_ASCII)), "test");
        loginAs("contact1");

        assertThatThrownBy(() -> myOrganisation.page(other)).isInstanceOf(AccessDeniedException.class);
        assertThat(output).contains("contact1 is not a contact person of organisation " + other);
        assertThatThrownBy(() -> myOrganisation.document(other, document)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lifeStories.lifeStory(other)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> corrections.propose(other, Map.of(CorrectionField.MUNICIPALITY, "Hengelo"), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(myOrganisation.mine()).extracting(MyOrganisationPage.Choice::id).doesNotContain(other);
    }

    @Test
    void anUnknownIdIsRefusedLikeAnotherOrganisationNotReportedMissing() {
        loginAs("contact1");
        assertThatThrownBy(() -> myOrganisation.page(987654321L)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aContactOfOneOrganisationCannotDownloadAnotherOrganisationsDocumentThroughTheirOwn() {
        long own = MyOrganisationFixtures.demo(organisations, "Thuiszorg Dinkelland").getId();
        long other = MyOrganisationFixtures.demo(organisations, "Hospice Het Lichtpunt").getId();
        long document = documents.store(AdmissionService.DOCUMENT_OWNER, String.valueOf(other), "vision",
                new UploadedDocument("visie.pdf", "application/pdf", "%PDF-1.4 visie".getBytes(java.nio.charset.StandardCharsets.US_ASCII)), "test");
        loginAs("contact1");
        assertThatThrownBy(() -> myOrganisation.document(own, document))
                .isInstanceOf(nl.netwerkregie.shared.DomainException.class);
    }

    @Test
    void otherRolesAreNoContactsEvenOfTheirOwnOrganisation() {
        long own = MyOrganisationFixtures.demo(organisations, "Thuiszorg Dinkelland").getId();
        loginAs("bestuur4");   // Yvonne Scholten, bestuurder of Thuiszorg Dinkelland, board member
        assertThatThrownBy(() -> myOrganisation.page(own)).isInstanceOf(AccessDeniedException.class);
        loginAs("someone", Role.COORDINATOR);
        assertThatThrownBy(() -> myOrganisation.page(own)).isInstanceOf(AccessDeniedException.class);
    }
}
