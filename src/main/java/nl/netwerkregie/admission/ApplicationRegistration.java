package nl.netwerkregie.admission;

import java.time.Clock;
import java.time.Instant;
import nl.netwerkregie.admission.process.AdmissionStarter;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.shared.document.DocumentService;
import nl.netwerkregie.shared.document.UploadedDocument;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.springframework.stereotype.Component;

/**
 * Records an application that passed {@link AdmissionChecks}: the organisation as applicant in the registry
 * (which makes its own checks: municipality in the region, no duplicate), the admission, the vision document,
 * and then the admission process. Runs in the transaction of {@link AdmissionService#apply}.
 */
@Component
class ApplicationRegistration {

    /** Who the registry and the document store name when an anonymous visitor applied. */
    private static final String APPLICANT = "aanvrager";

    private final AdmissionRepository admissions;
    private final OrganisationService organisations;
    private final DocumentService documents;
    private final AdmissionStarter starter;
    private final TranslationProvider translations;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApplicationRegistration(AdmissionRepository admissions, OrganisationService organisations,
            DocumentService documents, AdmissionStarter starter, TranslationProvider translations,
            CurrentUser currentUser, Clock clock) {
        this.admissions = admissions;
        this.organisations = organisations;
        this.documents = documents;
        this.starter = starter;
        this.translations = translations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records the checked application and starts its process.
     *
     * @param visionDocument the vision document sent with the form, or null
     * @return the admission id
     */
    long register(ApplicationForm form, UploadedDocument visionDocument) {
        long organisationId = organisations.create(form.details(), OrganisationStatus.APPLICANT,
                translations.dutch("admission.reason.applied"), APPLICANT);
        Admission admission = admissions.save(new Admission(organisationId, form, Instant.now(clock)));
        if (visionDocument != null) {
            // A document refused here (size, type) refuses the whole application: the transaction rolls back.
            documents.store(AdmissionService.DOCUMENT_OWNER, String.valueOf(organisationId),
                    AdmissionService.VISION_DOCUMENT, visionDocument,
                    currentUser.isAuthenticated() ? currentUser.username() : APPLICANT);
        }
        starter.start(admission.getId());
        return admission.getId();
    }
}
