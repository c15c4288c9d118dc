package nl.netwerkregie.myorganisation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.admission.AdmissionQueries;
import nl.netwerkregie.admission.AdmissionService;
import nl.netwerkregie.membership.ContactAccess;
import nl.netwerkregie.membership.ContributionService;
import nl.netwerkregie.membership.LifeEvent;
import nl.netwerkregie.membership.LifeStoryService;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.shared.document.DocumentService;
import nl.netwerkregie.shared.document.UploadedDocument;
import nl.netwerkregie.workinggroup.WerkgroepService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads of Mijn organisatie. Each checks that the current user is a member contact and a contact person of
 * the organisation asked for ({@link ContactAccess}): another organisation's id is refused and logged, whatever
 * page asks.
 */
@Service
public class MyOrganisationQueries {

    /** The life story's lines for the board's decisions ({@code board.DecisionLifeEvents}). */
    static final String DECISION_EVENT = "lifestory.decision.";

    private final ContactAccess contactAccess;
    private final ContributionService contributions;
    private final WerkgroepService werkgroepen;
    private final DocumentService documents;
    private final LifeStoryService lifeStories;
    private final OrganisationCorrectionRepository corrections;
    private final NetworkRules rules;
    private final AdmissionQueries admissions;

    MyOrganisationQueries(ContactAccess contactAccess, ContributionService contributions, WerkgroepService werkgroepen,
            DocumentService documents, LifeStoryService lifeStories, OrganisationCorrectionRepository corrections,
            NetworkRules rules, AdmissionQueries admissions) {
        this.admissions = admissions;
        this.contactAccess = contactAccess;
        this.contributions = contributions;
        this.werkgroepen = werkgroepen;
        this.documents = documents;
        this.lifeStories = lifeStories;
        this.corrections = corrections;
        this.rules = rules;
    }

    /** The organisations the member contact may open, by name. */
    @Transactional(readOnly = true)
    public List<MyOrganisationPage.Choice> mine() {
        return contactAccess.myOrganisations().stream()
                .map(o -> new MyOrganisationPage.Choice(o.getId(), o.getName())).toList();
    }

    /**
     * The page of one of the contact person's organisations.
     *
     * @throws org.springframework.security.access.AccessDeniedException for any other organisation (logged)
     */
    /**
     * The end the admission stored (a later change of the rules does not move it); an organisation put on trial by
     * hand, without an admission, has none stored and gets today's trial duration from its start.
     */
    private java.time.LocalDate trialEnd(Organisation o) {
        return admissions.trialEndOf(o.getId()).filter(java.util.Objects::nonNull)
                .orElseGet(() -> o.getStatusSince().plus(rules.current().trialDuration()));
    }

    @Transactional(readOnly = true)
    public MyOrganisationPage page(long organisationId) {
        Organisation o = contactAccess.requireContactOf(organisationId);
        boolean onTrial = o.getStatus() == OrganisationStatus.TRIAL_MEMBER;
        List<LifeEvent> lifeStory = lifeStories.lifeStory(organisationId);
        Map<CorrectionField, String> current = new EnumMap<>(CorrectionField.class);
        for (CorrectionField field : CorrectionField.values()) {
            current.put(field, field.valueOf(o));
        }
        return new MyOrganisationPage(facts(o), onTrial ? o.getStatusSince() : null,
                onTrial ? trialEnd(o) : null,
                contributions.linesOf(organisationId), werkgroepen.participationOf(organisationId),
                documents.ofOwnerCheckedByCaller(AdmissionService.DOCUMENT_OWNER, String.valueOf(organisationId)),
                lifeStory.stream().filter(e -> e.whatKey().startsWith(DECISION_EVENT)).toList(), lifeStory,
                corrections.findWithChangesByOrganisationId(organisationId).stream()
                        .map(OrganisationCorrection::summary).toList(),
                current);
    }

    /** A document the organisation sent, to download; only for its own contact persons. */
    @Transactional(readOnly = true)
    public UploadedDocument document(long organisationId, long documentId) {
        contactAccess.requireContactOf(organisationId);
        return documents.contentOfOwnerCheckedByCaller(documentId, AdmissionService.DOCUMENT_OWNER,
                String.valueOf(organisationId));
    }

    private static MyOrganisationPage.Facts facts(Organisation o) {
        return new MyOrganisationPage.Facts(o.getId(), o.getName(), o.getKind(), o.getMunicipality(), o.getFte(),
                o.getEmployeesOrMembers(), o.isVolunteerOrganisation(), o.getBestuurderName(), o.getBestuurderEmail(),
                o.getStatus(), o.getStatusSince(), o.getContacts().stream()
                        .map(c -> new MyOrganisationPage.Contact(c.name(), c.email(), c.phone())).toList());
    }
}
