package nl.netwerkregie.admission;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.admission.process.AdmissionProcess;
import nl.netwerkregie.admission.process.AdmissionStarter;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.token.SecretTokens;
import nl.netwerkregie.shared.Texts;
import nl.netwerkregie.shared.document.UploadedDocument;
import nl.netwerkregie.shared.task.TaskGuard;
import nl.netwerkregie.shared.task.TaskListService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The command API of the admission feature: what the views do to an admission. The public application form
 * and the applicant's answer are anonymous (the answer's token is the secret); the intake, the agreement and
 * the review are the coordinator's, each on its own task. Reads are in {@link AdmissionQueries}; the steps the
 * process takes by itself are in {@link AdmissionSteps}.
 */
@Service
public class AdmissionService {

    /** The case type of the board decisions on an admission (and on its trial review). */
    public static final String CASE_TYPE = "ADMISSION";
    /** Documents sent with an application belong to the organisation. */
    public static final String DOCUMENT_OWNER = "ORGANISATION";
    public static final String VISION_DOCUMENT = "VISION";
    private static final int MAX_TEXT = 4000;

    private final AdmissionQueries queries;
    private final AdmissionChecks checks;
    private final ApplicationRegistration registration;
    private final AdmissionProposals proposals;
    private final TaskGuard taskGuard;
    private final TaskListService tasks;
    private final AdmissionStarter starter;
    private final CurrentUser currentUser;

    AdmissionService(AdmissionQueries queries, AdmissionChecks checks, ApplicationRegistration registration,
            AdmissionProposals proposals, TaskGuard taskGuard, TaskListService tasks, AdmissionStarter starter,
            CurrentUser currentUser) {
        this.queries = queries;
        this.checks = checks;
        this.registration = registration;
        this.proposals = proposals;
        this.taskGuard = taskGuard;
        this.tasks = tasks;
        this.starter = starter;
        this.currentUser = currentUser;
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
        checks.application(form);
        return registration.register(form, visionDocument);
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
        List<CriterionJudgement> judged = checks.judgements(judgements);
        admission.judge(judged);
        if (moreInfoNeeded) {
            String request = Texts.require(informationRequest, MAX_TEXT, "admission.informationRequestRequired");
            admission.requestInformation(request, SecretTokens.newToken());
            tasks.complete(taskId, Map.of(AdmissionProcess.VAR_MORE_INFO_NEEDED, true));
            return;
        }
        checks.allJudged(judged);
        if (proposeAdmit == null) {
            throw new DomainException("admission.proposalRequired");
        }
        String why = Texts.require(motivation, MAX_TEXT, "admission.motivationRequired");
        admission.propose(proposeAdmit, why);
        long decisionId = proposals.proposeAdmission(admission, queries.organisationOf(admission).getName(), judged,
                proposeAdmit, why, currentUser.username());
        tasks.complete(taskId, Map.of(AdmissionProcess.VAR_DECISION_ID, decisionId,
                AdmissionProcess.VAR_MORE_INFO_NEEDED, false));
    }

    /**
     * The applicant answers the request for information through the link in the mail (anonymous callers
     * allowed: the token is the secret). The link works once; the intake then starts again.
     */
    @Transactional
    public void provideInformation(String token, String text) {
        Admission admission = queries.awaitingAnswer(token);
        admission.receiveInformation(Texts.require(text, MAX_TEXT, "admission.informationRequired"));
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
        checks.agreementDate(signedOn);
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
        String why = Texts.require(motivation, MAX_TEXT, "admission.motivationRequired");
        admission.proposeReview(Admission.blankToNull(notes), proposePermanent, why);
        long decisionId = proposals.proposeReview(admission, queries.reviewEvidence(admission.getId()),
                proposePermanent, why, currentUser.username());
        tasks.complete(taskId, Map.of(AdmissionProcess.VAR_DECISION_ID, decisionId));
    }

    // The form names its task; the guard makes sure it is the user's, this step, and an admission's.
    private Admission admissionOfTask(String taskId, String taskDefinitionKey) {
        return queries.get(taskGuard.caseOf(taskId, AdmissionProcess.PROCESS_ID, taskDefinitionKey));
    }
}
