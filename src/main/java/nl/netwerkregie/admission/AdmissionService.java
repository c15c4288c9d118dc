package nl.netwerkregie.admission;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.netwerkregie.admission.process.AdmissionProcess;
import nl.netwerkregie.admission.process.AdmissionStarter;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionMode;
import nl.netwerkregie.board.DecisionRequest;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.network.AdmissionCriterion;
import nl.netwerkregie.membership.ContactPerson;
import nl.netwerkregie.membership.ContributionLine;
import nl.netwerkregie.membership.ContributionService;
import nl.netwerkregie.membership.MembershipSteps;
import nl.netwerkregie.network.NetworkProfile;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.membership.WerkgroepParticipation;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.document.DocumentService;
import nl.netwerkregie.shared.document.UploadedDocument;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.shared.task.TaskListService;
import nl.netwerkregie.shared.task.TaskRow;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admissions: the API of the admission feature. The public application form and the applicant's answer are
 * anonymous; the intake, the agreement and the review are the coordinator's; the other methods are process
 * steps called by the delegates of {@code AdmissionProcess}.
 */
@Service
public class AdmissionService {

    /** The case type of the board decisions on an admission (and on its trial review). */
    public static final String CASE_TYPE = "ADMISSION";
    /** Documents sent with an application belong to the organisation. */
    public static final String DOCUMENT_OWNER = "ORGANISATION";
    public static final String VISION_DOCUMENT = "VISION";
    /** Who changes the status in a process step that no person triggers. */
    static final String SYSTEM = "netwerkregie";
    static final String APPLICANT = "aanvrager";
    private static final int MAX_TEXT = 4000;
    private static final int MAX_REMARK = 2000;
    private static final int MAX_PROPOSAL = 8000;

    private final AdmissionRepository admissions;
    private final OrganisationService organisations;
    private final BoardDecisionService board;
    private final TaskListService tasks;
    private final AdmissionStarter starter;
    private final AdmissionMails mails;
    private final TranslationProvider translations;
    private final NetworkProfile profile;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;
    private final DocumentService documents;
    private final ObjectProvider<WerkgroepParticipation> participation;
    private final ContributionService contributions;
    private final MembershipSteps membership;
    private final SecureRandom random = new SecureRandom();

    AdmissionService(AdmissionRepository admissions, OrganisationService organisations, BoardDecisionService board,
            TaskListService tasks, AdmissionStarter starter, AdmissionMails mails, TranslationProvider translations,
            NetworkProfile profile, CurrentUser currentUser, Validator validator, Clock clock, DocumentService documents,
            ObjectProvider<WerkgroepParticipation> participation, ContributionService contributions,
            MembershipSteps membership) {
        this.membership = membership;
        this.participation = participation;
        this.contributions = contributions;
        this.documents = documents;
        this.admissions = admissions;
        this.organisations = organisations;
        this.board = board;
        this.tasks = tasks;
        this.starter = starter;
        this.mails = mails;
        this.translations = translations;
        this.profile = profile;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * An organisation applies (the public form; anonymous callers allowed). Records the organisation as
     * applicant, after the registry's checks (valid details, municipality in the region, no duplicate), and
     * starts the admission process.
     *
     * @return the admission id
     */
    @Transactional
    public long apply(ApplicationForm form) {
        return apply(form, null);
    }

    /**
     * An application with its vision document (PDF or Word), kept with the organisation. The document's size
     * and type are checked; a refused document refuses the whole application, so nothing half is stored.
     *
     * @return the admission id
     */
    @Transactional
    public long apply(ApplicationForm form, UploadedDocument visionDocument) {
        Set<ConstraintViolation<ApplicationForm>> violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (form.individual() && !form.representedByUmbrella()) {
            throw new DomainException("admission.individualNotRepresented");
        }
        OrganisationDetails details = form.details();
        if (details.contacts().isEmpty() || details.contacts().size() > 2) {
            throw new DomainException("admission.oneOrTwoContacts");
        }
        if (isBlank(details.bestuurderName()) || isBlank(details.bestuurderEmail())) {
            throw new DomainException("admission.bestuurderRequired");
        }
        if (isBlank(form.visionDocumentName()) && !form.visionCommitment()) {
            throw new DomainException("admission.visionRequired");
        }
        long organisationId = organisations.create(details, OrganisationStatus.APPLICANT,
                translations.translate(TranslationProvider.DUTCH, "admission.reason.applied"), APPLICANT);
        Admission admission = admissions.save(new Admission(organisationId, form, Instant.now(clock)));
        if (visionDocument != null) {
            documents.store(DOCUMENT_OWNER, String.valueOf(organisationId), VISION_DOCUMENT, visionDocument,
                    currentUser.isAuthenticated() ? currentUser.username() : APPLICANT);
        }
        starter.start(admission.getId());
        return admission.getId();
    }

    /**
     * The coordinator's intake ("Aanvraag beoordelen"): judges each admission criterion, and either asks the
     * applicant for more information, or proposes to the board to admit or not (the board decision is
     * prepared here and the process calls the board).
     *
     * @param judgements         per criterion of the profile; all of them when the intake goes to the board
     * @param informationRequest what to ask the applicant, when {@code moreInfoNeeded}
     * @param proposeAdmit       the proposal to the board, when not {@code moreInfoNeeded}
     * @param motivation         the motivation of the proposal, when not {@code moreInfoNeeded}
     */
    @Transactional
    public void intake(String taskId, List<CriterionJudgement> judgements, boolean moreInfoNeeded,
            String informationRequest, Boolean proposeAdmit, String motivation) {
        currentUser.require(Role.COORDINATOR);
        Admission admission = admissionOfTask(taskId, AdmissionProcess.TASK_INTAKE);
        List<CriterionJudgement> judged = checkJudgements(judgements);
        admission.judge(judged);
        if (moreInfoNeeded) {
            String request = requireText(informationRequest, MAX_TEXT, "admission.informationRequestRequired");
            admission.requestInformation(request, newToken());
            tasks.complete(taskId, Map.of(AdmissionProcess.VAR_MORE_INFO_NEEDED, true));
            return;
        }
        Set<String> judgedCodes = judged.stream().map(CriterionJudgement::criterionCode).collect(Collectors.toSet());
        if (!judgedCodes.containsAll(criterionCodes())) {
            throw new DomainException("admission.criteriaNotAllJudged");
        }
        if (proposeAdmit == null) {
            throw new DomainException("admission.proposalRequired");
        }
        String why = requireText(motivation, MAX_TEXT, "admission.motivationRequired");
        admission.propose(proposeAdmit, why);
        Organisation organisation = organisations.get(admission.getOrganisationId());
        // The board always votes on admitting ("voor" = admit, the flag the process reads); the coordinator's
        // recommendation, either way, is advice within the proposal.
        String proposal = dutch("admission.board.proposeAdmit") + "\n"
                + dutch(proposeAdmit ? "admission.board.adviceAdmit" : "admission.board.adviceReject")
                + "\n\n" + why + "\n\n" + criteriaSummary(judged);
        long decisionId = board.prepare(new DecisionRequest(CASE_TYPE, String.valueOf(admission.getId()),
                organisation.getName(), dutch("admission.board.question", organisation.getName()),
                limit(proposal, MAX_PROPOSAL), DecisionMode.ONLINE, null), currentUser.username());
        tasks.complete(taskId, Map.of(AdmissionProcess.VAR_DECISION_ID, decisionId,
                AdmissionProcess.VAR_MORE_INFO_NEEDED, false));
    }

    /**
     * The applicant answers the request for information through the link in the mail (anonymous callers
     * allowed: the token is the secret). The link works once; the intake then starts again.
     */
    @Transactional
    public void provideInformation(String token, String text) {
        Admission admission = (isBlank(token) ? java.util.Optional.<Admission>empty()
                : admissions.findByInformationToken(token.strip()))
                .filter(a -> a.getStatus() == AdmissionStatus.AWAITING_INFORMATION)
                .orElseThrow(() -> new DomainException("admission.linkInvalid"));
        admission.receiveInformation(requireText(text, MAX_TEXT, "admission.informationRequired"));
        starter.informationReceived(admission.getId());
    }

    /**
     * The coordinator records that the bestuurder confirmed (signed) the agreement's addendum. The trial year
     * starts on that date.
     */
    @Transactional
    public void confirmAgreement(String taskId, LocalDate signedOn) {
        currentUser.require(Role.COORDINATOR);
        Admission admission = admissionOfTask(taskId, AdmissionProcess.TASK_CONFIRM_AGREEMENT);
        if (signedOn == null) {
            throw new DomainException("admission.agreementDateRequired");
        }
        if (signedOn.isAfter(LocalDate.now(clock))) {
            throw new DomainException("admission.agreementDateInFuture");
        }
        admission.confirmAgreement(signedOn);
        tasks.complete(taskId, Map.of());
    }

    /**
     * The coordinator's review of the trial year ("Evaluatie voorbereiden"): notes on the evidence and a
     * proposal to the board (permanent member or not). The board decision is prepared here.
     */
    @Transactional
    public void prepareReview(String taskId, String notes, Boolean proposePermanent, String motivation) {
        currentUser.require(Role.COORDINATOR);
        Admission admission = admissionOfTask(taskId, AdmissionProcess.TASK_PREPARE_REVIEW);
        if (proposePermanent == null) {
            throw new DomainException("admission.proposalRequired");
        }
        if (notes != null && notes.length() > MAX_TEXT) {
            throw new DomainException("validation.tooLong");
        }
        String why = requireText(motivation, MAX_TEXT, "admission.motivationRequired");
        admission.proposeReview(Admission.blankToNull(notes), proposePermanent, why);
        ReviewEvidence evidence = reviewEvidence(admission.getId());
        // As with admission: the board votes on permanent membership; the coordinator's view is advice.
        String proposal = dutch("admission.board.proposePermanent") + "\n"
                + dutch(proposePermanent ? "admission.board.advicePermanent" : "admission.board.adviceEnd")
                + "\n\n" + why + "\n\n" + evidenceSummary(evidence)
                + (admission.getReviewNotes() == null ? "" : "\n\n" + admission.getReviewNotes());
        long decisionId = board.prepare(new DecisionRequest(CASE_TYPE, String.valueOf(admission.getId()),
                evidence.organisationName(), dutch("admission.board.reviewQuestion", evidence.organisationName()),
                limit(proposal, MAX_PROPOSAL), DecisionMode.ONLINE, null), currentUser.username());
        tasks.complete(taskId, Map.of(AdmissionProcess.VAR_DECISION_ID, decisionId));
    }

    /** A process step: mails the applicant the request for information with the link to answer it. */
    @Transactional(readOnly = true)
    public void sendInformationRequest(long admissionId) {
        Admission admission = get(admissionId);
        mails.informationRequest(organisationOf(admission), admission);
    }

    /** A process step: 14 days without an answer; reminds the applicant. */
    @Transactional(readOnly = true)
    public void sendInformationReminder(long admissionId) {
        Admission admission = get(admissionId);
        mails.informationReminder(organisationOf(admission), admission);
    }

    /** A process step: 30 days without an answer; the application is closed and the applicant told. */
    @Transactional
    public void closeForNoAnswer(long admissionId) {
        Admission admission = get(admissionId);
        admission.end(AdmissionStatus.CLOSED);
        membership.changeStatus(admission.getOrganisationId(), OrganisationStatus.REJECTED, LocalDate.now(clock),
                dutch("admission.reason.closedNoAnswer"), SYSTEM);
        mails.closedForNoAnswer(organisationOf(admission));
    }

    /** A process step: the board did not admit. Records it and tells the applicant why. */
    @Transactional
    public void reject(long admissionId) {
        Admission admission = get(admissionId);
        admission.end(AdmissionStatus.REJECTED);
        membership.changeStatus(admission.getOrganisationId(), OrganisationStatus.REJECTED, LocalDate.now(clock),
                dutch("admission.reason.rejected"), SYSTEM);
        mails.rejected(organisationOf(admission),
                motivationAgainst(admission, Boolean.FALSE.equals(admission.getProposalAdmit()), admission.getMotivation()));
    }

    /** A process step: the organisation becomes a trial member; the trial year runs from the agreement's date. */
    @Transactional
    public void startTrial(long admissionId) {
        Admission admission = get(admissionId);
        LocalDate start = admission.getTrialStart() != null ? admission.getTrialStart() : LocalDate.now(clock);
        admission.startTrial(start, profile.trialDuration());
        membership.changeStatus(admission.getOrganisationId(), OrganisationStatus.TRIAL_MEMBER, start,
                dutch("admission.reason.trialStarted"), SYSTEM);
        mails.admitted(organisationOf(admission), admission.getTrialStart(), admission.getTrialEnd());
    }

    /** A process step: the board made the trial member a permanent member. */
    @Transactional
    public void makeMember(long admissionId) {
        Admission admission = get(admissionId);
        admission.end(AdmissionStatus.MEMBER);
        membership.changeStatus(admission.getOrganisationId(), OrganisationStatus.MEMBER, LocalDate.now(clock),
                dutch("admission.reason.member"), SYSTEM);
    }

    /** A process step: the board ended the membership after the trial year; the organisation is told why. */
    @Transactional
    public void endMembership(long admissionId) {
        Admission admission = get(admissionId);
        admission.end(AdmissionStatus.ENDED);
        LocalDate today = LocalDate.now(clock);
        membership.changeStatus(admission.getOrganisationId(), OrganisationStatus.FORMER_MEMBER, today,
                dutch("admission.reason.ended"), SYSTEM);
        mails.membershipEnded(organisationOf(admission), today, motivationAgainst(admission,
                Boolean.FALSE.equals(admission.getProposalPermanent()), admission.getReviewMotivation()));
    }

    /**
     * What the review of the trial year looks at: werkgroepen, the contribution owed for the trial's first
     * year, whether the vision document is in, and the contact persons.
     */
    @Transactional(readOnly = true)
    public ReviewEvidence reviewEvidence(long admissionId) {
        Admission admission = get(admissionId);
        Organisation organisation = organisationOf(admission);
        int year = (admission.getTrialStart() != null ? admission.getTrialStart() : LocalDate.now(clock)).getYear();
        Optional<ContributionLine> contribution = contributions.lineOf(organisation.getId(), year);
        return new ReviewEvidence(organisation.getName(), admission.getTrialStart(), admission.getTrialEnd(),
                admission.getWerkgroepen(), werkgroepSeatsOf(organisation.getId()),
                contribution.map(ContributionLine::due).orElseGet(() -> organisations.contributionFor(organisation.getId(), year)),
                contribution.map(ContributionLine::paidOn).orElse(null),
                admission.getVisionDocumentName() != null
                        || documents.has(DOCUMENT_OWNER, String.valueOf(organisation.getId()), VISION_DOCUMENT),
                organisation.getContacts().stream().map(ContactPerson::name).toList());
    }

    private List<String> werkgroepSeatsOf(long organisationId) {
        WerkgroepParticipation source = participation.getIfAvailable();
        return source == null ? List.of() : source.werkgroepenOf(organisationId);
    }

    /** When the coordinator is to prepare the review: a month before the trial year ends (start of that day). */
    @Transactional(readOnly = true)
    public Instant reviewDue(long admissionId) {
        Admission admission = get(admissionId);
        if (admission.getTrialEnd() == null) {
            throw new DomainException("admission.trialNotStarted", admissionId);
        }
        return admission.getTrialEnd().minusMonths(1).atStartOfDay(clock.getZone()).toInstant();
    }

    /** What the applicant was asked, for the page behind the link in the mail (anonymous: the token is the secret). */
    @Transactional(readOnly = true)
    public InformationRequest informationRequest(String token) {
        Admission admission = (isBlank(token) ? java.util.Optional.<Admission>empty()
                : admissions.findByInformationToken(token.strip()))
                .filter(a -> a.getStatus() == AdmissionStatus.AWAITING_INFORMATION)
                .orElseThrow(() -> new DomainException("admission.linkInvalid"));
        return new InformationRequest(organisationOf(admission).getName(), admission.getInformationRequest());
    }

    /** The question put to the applicant, as the answer page shows it. */
    public record InformationRequest(String organisationName, String request) {
    }

    /** The organisation's latest admission, for its page. Coordinators, the secretary and board members. */
    @Transactional(readOnly = true)
    public java.util.Optional<Admission> latestOf(long organisationId) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        return admissions.findFirstByOrganisationIdOrderByCreatedAtDesc(organisationId);
    }

    /** An admission. Views guard access; process steps and describers use it too, so no role check. */
    @Transactional(readOnly = true)
    public Admission get(long admissionId) {
        return admissions.findById(admissionId)
                .orElseThrow(() -> new DomainException("admission.notFound", admissionId));
    }

    /** The organisation that applied. */
    @Transactional(readOnly = true)
    public Organisation organisationOf(long admissionId) {
        return organisationOf(get(admissionId));
    }

    private Organisation organisationOf(Admission admission) {
        return organisations.get(admission.getOrganisationId());
    }

    private Admission admissionOfTask(String taskId, String taskDefinitionKey) {
        TaskRow task = tasks.task(taskId);
        if (!taskDefinitionKey.equals(task.taskDefinitionKey())
                || !AdmissionProcess.PROCESS_ID.equals(task.processDefinitionKey())) {
            throw new AccessDeniedException("Task " + taskId + " is not " + taskDefinitionKey + " of an admission");
        }
        return get(Long.parseLong(task.businessKey()));
    }

    private List<CriterionJudgement> checkJudgements(Collection<CriterionJudgement> judgements) {
        List<CriterionJudgement> list = judgements == null ? List.of() : List.copyOf(judgements);
        Set<String> known = criterionCodes();
        Set<String> seen = new HashSet<>();
        for (CriterionJudgement j : list) {
            if (j == null || j.judgement() == null || !known.contains(j.criterionCode())) {
                throw new DomainException("admission.unknownCriterion", j == null ? "-" : j.criterionCode());
            }
            if (!seen.add(j.criterionCode())) {
                throw new DomainException("admission.criterionJudgedTwice", j.criterionCode());
            }
            if (j.remark() != null && j.remark().length() > MAX_REMARK) {
                throw new DomainException("validation.tooLong");
            }
        }
        return list;
    }

    private Set<String> criterionCodes() {
        return profile.admissionCriteria().stream().map(AdmissionCriterion::code).collect(Collectors.toSet());
    }

    private String criteriaSummary(List<CriterionJudgement> judged) {
        StringBuilder text = new StringBuilder(dutch("admission.board.criteria"));
        for (AdmissionCriterion criterion : profile.admissionCriteria()) {
            judged.stream().filter(j -> j.criterionCode().equals(criterion.code())).findFirst().ifPresent(j -> {
                text.append("\n- ").append(criterion.code()).append(": ")
                        .append(dutch("admission.judgement." + j.judgement().name()));
                if (j.remark() != null) {
                    text.append(" (").append(j.remark()).append(')');
                }
            });
        }
        return text.toString();
    }

    private String evidenceSummary(ReviewEvidence evidence) {
        return dutch("admission.board.evidence", evidence.trialStart(), evidence.trialEnd(),
                String.join(", ", evidence.werkgroepen()), evidence.contribution(),
                dutch(evidence.visionDocumentReceived() ? "admission.board.visionReceived"
                        : "admission.board.visionMissing"),
                String.join(", ", evidence.contacts()), evidence.werkgroepSeats().isEmpty()
                        ? dutch("admission.board.noSeats") : String.join(", ", evidence.werkgroepSeats()),
                evidence.contributionPaidOn() == null ? dutch("admission.board.contributionOpen")
                        : dutch("admission.board.contributionPaid",
                                java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy").format(evidence.contributionPaidOn())));
    }

    /** Why the board said no: the reasons given with NO votes, or the coordinator's motivation if it proposed no. */
    private String motivationAgainst(Admission admission, boolean coordinatorProposedNo, String coordinatorMotivation) {
        List<String> reasons = board.ofCase(CASE_TYPE, String.valueOf(admission.getId())).stream()
                .reduce((first, second) -> second)
                .map(d -> board.reasonsGiven(d.getId(), VoteChoice.NO)).orElse(List.of());
        if (!reasons.isEmpty()) {
            return reasons.stream().map(r -> "- " + r).collect(Collectors.joining("\n"));
        }
        return coordinatorProposedNo && coordinatorMotivation != null ? coordinatorMotivation
                : dutch("admission.mail.noReasonGiven");
    }

    private String dutch(String key, Object... arguments) {
        return translations.translate(TranslationProvider.DUTCH, key, arguments);
    }

    private String newToken() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String requireText(String text, int max, String requiredKey) {
        if (isBlank(text)) {
            throw new DomainException(requiredKey);
        }
        if (text.strip().length() > max) {
            throw new DomainException("validation.tooLong");
        }
        return text.strip();
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
