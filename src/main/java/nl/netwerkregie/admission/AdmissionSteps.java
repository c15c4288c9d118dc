package nl.netwerkregie.admission;

import java.time.Clock;
import java.time.LocalDate;
import nl.netwerkregie.membership.MembershipSteps;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code AdmissionProcess} that no person triggers: the engine's delegates in
 * {@code admission.process} call them after a timer or a board decision. They check no role, because no user
 * is behind them, so nothing else may call them (ArchitectureTest).
 */
@Service
public class AdmissionSteps {

    /** Who changes the status in a process step that no person triggers. */
    private static final String SYSTEM = "netwerkregie";

    private final AdmissionQueries queries;
    private final MembershipSteps membership;
    private final AdmissionMails mails;
    private final AdmissionProposals proposals;
    private final TranslationProvider translations;
    private final NetworkRules rules;
    private final Clock clock;

    AdmissionSteps(AdmissionQueries queries, MembershipSteps membership, AdmissionMails mails,
            AdmissionProposals proposals, TranslationProvider translations, NetworkRules rules, Clock clock) {
        this.queries = queries;
        this.membership = membership;
        this.mails = mails;
        this.proposals = proposals;
        this.translations = translations;
        this.rules = rules;
        this.clock = clock;
    }

    /** Mails the applicant the request for information with the link to answer it. */
    @Transactional(readOnly = true)
    public void sendInformationRequest(long admissionId) {
        Admission admission = queries.get(admissionId);
        mails.informationRequest(queries.organisationOf(admission), admission);
    }

    /** 14 days without an answer: reminds the applicant. */
    @Transactional(readOnly = true)
    public void sendInformationReminder(long admissionId) {
        Admission admission = queries.get(admissionId);
        mails.informationReminder(queries.organisationOf(admission), admission);
    }

    /** 30 days without an answer: the application is closed and the applicant told. */
    @Transactional
    public void closeForNoAnswer(long admissionId) {
        Admission admission = queries.get(admissionId);
        admission.end(AdmissionStatus.CLOSED);
        changeStatus(admission, OrganisationStatus.REJECTED, LocalDate.now(clock), "admission.reason.closedNoAnswer");
        mails.closedForNoAnswer(queries.organisationOf(admission));
    }

    /** The board did not admit: records it and tells the applicant why. */
    @Transactional
    public void reject(long admissionId) {
        Admission admission = queries.get(admissionId);
        admission.end(AdmissionStatus.REJECTED);
        changeStatus(admission, OrganisationStatus.REJECTED, LocalDate.now(clock), "admission.reason.rejected");
        mails.rejected(queries.organisationOf(admission), proposals.whyNotAdmitted(admission));
    }

    /** The organisation becomes a trial member; the trial year runs from the agreement's date. */
    @Transactional
    public void startTrial(long admissionId) {
        Admission admission = queries.get(admissionId);
        LocalDate start = admission.getTrialStart() != null ? admission.getTrialStart() : LocalDate.now(clock);
        admission.startTrial(start, rules.current().trialDuration());
        changeStatus(admission, OrganisationStatus.TRIAL_MEMBER, start, "admission.reason.trialStarted");
        mails.admitted(queries.organisationOf(admission), admission.getTrialStart(), admission.getTrialEnd());
    }

    /** The board made the trial member a permanent member. */
    @Transactional
    public void makeMember(long admissionId) {
        Admission admission = queries.get(admissionId);
        admission.end(AdmissionStatus.MEMBER);
        changeStatus(admission, OrganisationStatus.MEMBER, LocalDate.now(clock), "admission.reason.member");
    }

    /** The board ended the membership after the trial year; the organisation is told why. */
    @Transactional
    public void endMembership(long admissionId) {
        Admission admission = queries.get(admissionId);
        admission.end(AdmissionStatus.ENDED);
        LocalDate today = LocalDate.now(clock);
        changeStatus(admission, OrganisationStatus.FORMER_MEMBER, today, "admission.reason.ended");
        mails.membershipEnded(queries.organisationOf(admission), today, proposals.whyMembershipEnded(admission));
    }

    // The reason goes into the organisation's status history, which is kept in Dutch like the registry itself.
    private void changeStatus(Admission admission, OrganisationStatus status, LocalDate from, String reasonKey) {
        membership.changeStatus(admission.getOrganisationId(), status, from,
                translations.dutch(reasonKey), SYSTEM);
    }
}
