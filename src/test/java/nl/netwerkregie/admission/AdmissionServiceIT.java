package nl.netwerkregie.admission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.document.DocumentInfo;
import nl.netwerkregie.shared.document.DocumentService;
import nl.netwerkregie.shared.document.UploadedDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application form's rules, on the real database; applicants are anonymous. */
@Tag("persistence")
class AdmissionServiceIT extends IntegrationTest {

    @Autowired
    AdmissionService admissions;
    @Autowired
    AdmissionQueries queries;
    @Autowired
    OrganisationService organisations;
    @Autowired
    DocumentService documents;

    private static OrganisationDetails details(String name, String municipality, String contactEmail) {
        return new OrganisationDetails(name, OrganisationKind.VVT, municipality, new BigDecimal("80"), 120, false,
                "Bea Bestuurder", "bea@example.org",
                List.of(new OrganisationDetails.Contact("Carla Contact", contactEmail, null, null)));
    }

    private static ApplicationForm form(OrganisationDetails details, boolean individual, boolean umbrella) {
        return new ApplicationForm(details, individual, umbrella, List.of("PR en communicatie"), "visie.pdf", false);
    }

    private static String unique(String name) {
        return name + " " + System.nanoTime();
    }

    @Test
    void anAnonymousApplicationRegistersTheApplicant() {
        long id = admissions.apply(form(details(unique("Thuiszorg Hengelo"), "Hengelo", "carla@example.org"), false, false));
        Admission admission = queries.get(id);
        assertThat(admission.getStatus()).isEqualTo(AdmissionStatus.INTAKE);
        assertThat(admission.getVisionDocumentName()).isEqualTo("visie.pdf");
        assertThat(admission.getWerkgroepen()).containsExactly("PR en communicatie");
        assertThat(organisations.get(admission.getOrganisationId()).getStatus()).isEqualTo(OrganisationStatus.APPLICANT);
    }

    @Test
    void theVisionDocumentIsKeptWithTheOrganisation() {
        byte[] pdf = "%PDF-1.4 visie van de organisatie".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long id = admissions.apply(form(details(unique("Hospice Rijssen"), "Rijssen-Holten", "carla@example.org"), false, false),
                new UploadedDocument("visie.pdf", "application/pdf", pdf));
        String organisationId = String.valueOf(queries.get(id).getOrganisationId());
        loginAs("coordinator1");
        List<DocumentInfo> kept = documents.of(AdmissionService.DOCUMENT_OWNER, organisationId);
        assertThat(kept).extracting(DocumentInfo::fileName, DocumentInfo::sizeBytes, DocumentInfo::uploadedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("visie.pdf", (long) pdf.length, "aanvrager"));
        assertThat(documents.content(kept.get(0).id()).content()).isEqualTo(pdf);
        assertThat(queries.reviewEvidence(id).visionDocumentReceived()).isTrue();
    }

    @Test
    void aDocumentThatIsTooLargeOrOfAnotherTypeRefusesTheWholeApplication() {
        String name = unique("Hospice Tubbergen");
        byte[] seventeenMegabytes = new byte[17 * 1024 * 1024];
        assertThatThrownBy(() -> admissions.apply(form(details(name, "Tubbergen", "carla@example.org"), false, false),
                new UploadedDocument("visie.pdf", "application/pdf", seventeenMegabytes)))
                .isInstanceOf(DomainException.class).hasMessageContaining("document.tooLarge");
        assertThatThrownBy(() -> admissions.apply(form(details(name, "Tubbergen", "carla@example.org"), false, false),
                new UploadedDocument("visie.exe", "application/octet-stream", new byte[] {1, 2, 3})))
                .isInstanceOf(DomainException.class).hasMessageContaining("document.wrongType");
        loginAs("coordinator1");
        assertThat(organisations.all()).extracting(o -> o.getName()).doesNotContain(name);
    }

    @Test
    void documentsAreNotForEveryone() {
        loginAs("contact1");
        assertThatThrownBy(() -> documents.of(AdmissionService.DOCUMENT_OWNER, "1"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void refusesAMunicipalityOutsideTheRegion() {
        assertThatThrownBy(() -> admissions.apply(form(details(unique("Zorg Zwolle"), "Zwolle", "carla@example.org"), false, false)))
                .isInstanceOf(DomainException.class).hasMessageContaining("organisation.municipalityOutsideRegion");
    }

    @Test
    void refusesADuplicateApplicant() {
        String name = unique("Hospice Losser");
        admissions.apply(form(details(name, "Losser", "carla@example.org"), false, false));
        assertThatThrownBy(() -> admissions.apply(form(details(name, "Losser", "carla@example.org"), false, false)))
                .isInstanceOf(DomainException.class).hasMessageContaining("organisation.duplicate");
    }

    @Test
    void refusesAnIndividualUnlessAnUmbrellaRepresentsThem() {
        assertThatThrownBy(() -> admissions.apply(form(details(unique("Zzp Verpleegkundige"), "Almelo", "carla@example.org"), true, false)))
                .isInstanceOf(DomainException.class).hasMessageContaining("admission.individualNotRepresented");
        long id = admissions.apply(form(details(unique("Zzp via koepel"), "Almelo", "carla@example.org"), true, true));
        assertThat(queries.get(id).isIndividual()).isTrue();
    }

    @Test
    void refusesAnInvalidEmailAddress() {
        assertThatThrownBy(() -> admissions.apply(form(details(unique("Zorg Borne"), "Borne", "geen-e-mailadres"), false, false)))
                .isInstanceOf(ConstraintViolationException.class).hasMessageContaining("email");
    }

    @Test
    void refusesAnApplicationWithoutVisionOrWerkgroep() {
        OrganisationDetails details = details(unique("Zorg Oldenzaal"), "Oldenzaal", "carla@example.org");
        assertThatThrownBy(() -> admissions.apply(new ApplicationForm(details, false, false, List.of("PR"), null, false)))
                .isInstanceOf(DomainException.class).hasMessageContaining("admission.visionRequired");
        assertThatThrownBy(() -> admissions.apply(new ApplicationForm(details, false, false, List.of(), null, true)))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void anUnknownInformationLinkIsRefused() {
        assertThatThrownBy(() -> admissions.provideInformation("onbekend", "tekst"))
                .isInstanceOf(DomainException.class).hasMessageContaining("admission.linkInvalid");
        assertThatThrownBy(() -> admissions.provideInformation(null, "tekst"))
                .isInstanceOf(DomainException.class).hasMessageContaining("admission.linkInvalid");
    }
}
