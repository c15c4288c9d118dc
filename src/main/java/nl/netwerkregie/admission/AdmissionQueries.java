package nl.netwerkregie.admission;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.netwerkregie.membership.ContactPerson;
import nl.netwerkregie.membership.ContributionLine;
import nl.netwerkregie.membership.ContributionService;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.WerkgroepParticipation;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.Texts;
import nl.netwerkregie.shared.document.DocumentService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads of the admission feature, for views, the task list's describer and the process's timer. Only
 * {@link #latestOf(long)} (the organisation's page) checks a role: the other reads serve task forms that the
 * task list already guards, the anonymous answer page (its token is the secret) and the engine.
 */
@Service
@Transactional(readOnly = true)
public class AdmissionQueries {

    private final AdmissionRepository admissions;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final DocumentService documents;
    private final ObjectProvider<WerkgroepParticipation> participation;
    private final ContributionService contributions;
    private final ObjectProvider<SelfEvaluationFacts> selfEvaluations;

    AdmissionQueries(AdmissionRepository admissions, OrganisationService organisations, CurrentUser currentUser,
            Clock clock, DocumentService documents, ObjectProvider<WerkgroepParticipation> participation,
            ContributionService contributions, ObjectProvider<SelfEvaluationFacts> selfEvaluations) {
        this.admissions = admissions;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.clock = clock;
        this.documents = documents;
        this.participation = participation;
        this.contributions = contributions;
        this.selfEvaluations = selfEvaluations;
    }

    /** An admission. Views guard access; process steps and describers use it too, so no role check. */
    public Admission get(long admissionId) {
        return admissions.findById(admissionId)
                .orElseThrow(() -> new DomainException("admission.notFound", admissionId));
    }

    /** The organisations of those admissions (admission id to organisation id), in one query: for a page of a task list. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Long> organisationIdsOf(java.util.Collection<Long> admissionIds) {
        return nl.netwerkregie.shared.IdRows.byId(admissionIds, admissions::organisationIdsOf, row -> (Long) row[1]);
    }

    /** The admissions of the organisations whose name contains the text. Checks no role. */
    @Transactional(readOnly = true)
    public List<Long> idsOfOrganisationsNamedLike(String text) {
        List<Long> named = organisations.idsNamedLike(text);
        return named.isEmpty() ? List.of() : admissions.idsOfOrganisations(named);
    }

    /** The organisation that applied. */
    public Organisation organisationOf(long admissionId) {
        return organisationOf(get(admissionId));
    }

    Organisation organisationOf(Admission admission) {
        return organisations.get(admission.getOrganisationId());
    }

    /** The organisation's latest admission, for its page. Coordinators, the secretary and board members. */
    public Optional<Admission> latestOf(long organisationId) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        return admissions.findFirstByOrganisationIdOrderByCreatedAtDesc(organisationId);
    }

    /** What the applicant was asked, for the page behind the link in the mail (anonymous: the token is the secret). */
    /**
     * The end of the organisation's trial year as its admission stored it when the board admitted it: the date the
     * rules gave then, not today's rules. Reveals only that date; the caller checks who asks.
     */
    @Transactional(readOnly = true)
    public Optional<java.time.LocalDate> trialEndOf(long organisationId) {
        return admissions.findFirstByOrganisationIdOrderByCreatedAtDesc(organisationId).map(Admission::getTrialEnd);
    }

    public InformationRequest informationRequest(String token) {
        Admission admission = awaitingAnswer(token);
        return new InformationRequest(organisationOf(admission).getName(), admission.getInformationRequest());
    }

    /**
     * The admission whose request for information the token answers. The link works only while the request is
     * open, so a used or closed link is as unknown as a wrong one.
     *
     * @throws DomainException {@code admission.linkInvalid}
     */
    Admission awaitingAnswer(String token) {
        return (Texts.isBlank(token) ? Optional.<Admission>empty() : admissions.findByInformationToken(token.strip()))
                .filter(a -> a.getStatus() == AdmissionStatus.AWAITING_INFORMATION)
                .orElseThrow(() -> new DomainException("admission.linkInvalid"));
    }

    /**
     * What the review of the trial year looks at: werkgroepen, the contribution owed for the trial's first
     * year, whether the vision document is in, and the contact persons.
     */
    public ReviewEvidence reviewEvidence(long admissionId) {
        Admission admission = get(admissionId);
        Organisation organisation = organisationOf(admission);
        int year = (admission.getTrialStart() != null ? admission.getTrialStart() : LocalDate.now(clock)).getYear();
        Optional<ContributionLine> contribution = contributions.lineOf(organisation.getId(), year);
        return new ReviewEvidence(organisation.getName(), admission.getTrialStart(), admission.getTrialEnd(),
                admission.getWerkgroepen(), werkgroepSeatsOf(organisation.getId()),
                contribution.map(ContributionLine::due).orElseGet(() -> organisations.contributionFor(organisation.getId(), year)),
                contribution.map(ContributionLine::paidOn).orElse(null),
                admission.getVisionDocumentName() != null || documents.has(AdmissionService.DOCUMENT_OWNER,
                        String.valueOf(organisation.getId()), AdmissionService.VISION_DOCUMENT),
                organisation.getContacts().stream().map(ContactPerson::name).toList(),
                latestSelfEvaluationOf(organisation.getId()));
    }

    // The self-evaluation is another module and optional here, like the werkgroep registry.
    private SelfEvaluationFacts.Fact latestSelfEvaluationOf(long organisationId) {
        SelfEvaluationFacts source = selfEvaluations.getIfAvailable();
        return source == null ? null : source.latestOf(organisationId).orElse(null);
    }

    // The werkgroep registry is another module and optional here: without it the review shows no seats.
    private List<String> werkgroepSeatsOf(long organisationId) {
        WerkgroepParticipation source = participation.getIfAvailable();
        return source == null ? List.of() : source.werkgroepenOf(organisationId);
    }

    /** When the coordinator is to prepare the review: a month before the trial year ends (start of that day). */
    public Instant reviewDue(long admissionId) {
        Admission admission = get(admissionId);
        if (admission.getTrialEnd() == null) {
            throw new DomainException("admission.trialNotStarted", admissionId);
        }
        return admission.getTrialEnd().minusMonths(1).atStartOfDay(clock.getZone()).toInstant();
    }
}
