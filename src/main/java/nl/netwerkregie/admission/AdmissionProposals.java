package nl.netwerkregie.admission;

import java.util.List;
import java.util.stream.Collectors;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionMode;
import nl.netwerkregie.board.DecisionRequest;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.network.AdmissionCriterion;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.shared.Texts;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.shared.format.Formats;
import org.springframework.stereotype.Component;

/**
 * What passes between the admission and the board, in Dutch: the two proposals the board votes on (admission,
 * and permanent membership after the trial year), prepared as board decisions, and, when the board said no,
 * the reasons the applicant is told. Always Dutch: the board's records and the applicant's mails are, whatever
 * language the coordinator works in.
 */
@Component
class AdmissionProposals {

    private static final int MAX_PROPOSAL = 8000;

    private final TranslationProvider translations;
    private final NetworkRules rules;
    private final BoardDecisionService board;

    AdmissionProposals(TranslationProvider translations, NetworkRules rules, BoardDecisionService board) {
        this.translations = translations;
        this.rules = rules;
        this.board = board;
    }

    /**
     * Prepares the board decision on admitting the applicant as trial member, with the coordinator's judgements.
     *
     * @return the board decision's id, for the process to wait on
     */
    long proposeAdmission(Admission admission, String organisationName, List<CriterionJudgement> judged,
            boolean proposeAdmit, String motivation, String preparedBy) {
        // The board always votes on admitting ("voor" = admit, the flag the process reads); the coordinator's
        // recommendation, either way, is advice within the proposal.
        String proposal = translations.dutch("admission.board.proposeAdmit") + "\n"
                + translations.dutch(proposeAdmit ? "admission.board.adviceAdmit" : "admission.board.adviceReject")
                + "\n\n" + motivation + "\n\n" + criteriaSummary(judged);
        return board.prepare(request(admission, organisationName, translations.dutch("admission.board.question", organisationName),
                proposal), preparedBy);
    }

    /**
     * Prepares the board decision on permanent membership after the trial year, with what the review looked at
     * and the coordinator's notes.
     *
     * @return the board decision's id, for the process to wait on
     */
    long proposeReview(Admission admission, ReviewEvidence evidence, boolean proposePermanent, String motivation,
            String preparedBy) {
        // As with admission: the board votes on permanent membership; the coordinator's view is advice.
        String proposal = translations.dutch("admission.board.proposePermanent") + "\n"
                + translations.dutch(proposePermanent ? "admission.board.advicePermanent" : "admission.board.adviceEnd")
                + "\n\n" + motivation + "\n\n" + evidenceSummary(evidence)
                + (admission.getReviewNotes() == null ? "" : "\n\n" + admission.getReviewNotes());
        return board.prepare(request(admission, evidence.organisationName(),
                translations.dutch("admission.board.reviewQuestion", evidence.organisationName()), proposal), preparedBy);
    }

    /** Why the board did not admit, for the rejection mail. */
    String whyNotAdmitted(Admission admission) {
        return motivationAgainst(admission, Boolean.FALSE.equals(admission.getProposalAdmit()), admission.getMotivation());
    }

    /** Why the board ended the membership after the trial year, for the mail that says so. */
    String whyMembershipEnded(Admission admission) {
        return motivationAgainst(admission, Boolean.FALSE.equals(admission.getProposalPermanent()),
                admission.getReviewMotivation());
    }

    private DecisionRequest request(Admission admission, String organisationName, String question, String proposal) {
        return new DecisionRequest(AdmissionService.CASE_TYPE, String.valueOf(admission.getId()), organisationName,
                question, Texts.limit(proposal, MAX_PROPOSAL), DecisionMode.ONLINE, null);
    }

    private String criteriaSummary(List<CriterionJudgement> judged) {
        StringBuilder text = new StringBuilder(translations.dutch("admission.board.criteria"));
        // In the profile's order, so every proposal lists the criteria the same way.
        for (AdmissionCriterion criterion : rules.current().admissionCriteria()) {
            judged.stream().filter(j -> j.criterionCode().equals(criterion.code())).findFirst().ifPresent(j -> {
                text.append("\n- ").append(criterion.code()).append(": ")
                        .append(translations.dutch("admission.judgement." + j.judgement().name()));
                if (j.remark() != null) {
                    text.append(" (").append(j.remark()).append(')');
                }
            });
        }
        return text.toString();
    }

    private String evidenceSummary(ReviewEvidence evidence) {
        return translations.dutch("admission.board.evidence", Formats.dutchDate(evidence.trialStart()), Formats.dutchDate(evidence.trialEnd()),
                String.join(", ", evidence.werkgroepen()), evidence.contribution(),
                translations.dutch(evidence.visionDocumentReceived() ? "admission.board.visionReceived"
                        : "admission.board.visionMissing"),
                String.join(", ", evidence.contacts()), evidence.werkgroepSeats().isEmpty()
                        ? translations.dutch("admission.board.noSeats") : String.join(", ", evidence.werkgroepSeats()),
                evidence.contributionPaidOn() == null ? translations.dutch("admission.board.contributionOpen")
                        : translations.dutch("admission.board.contributionPaid", Formats.dutchDate(evidence.contributionPaidOn())));
    }

    /** The reasons given with NO votes in the latest decision, or the coordinator's motivation if it proposed no. */
    private String motivationAgainst(Admission admission, boolean coordinatorProposedNo, String coordinatorMotivation) {
        List<String> reasons = board.ofCase(AdmissionService.CASE_TYPE, String.valueOf(admission.getId())).stream()
                .reduce((first, second) -> second)
                .map(d -> board.reasonsGiven(d.getId(), VoteChoice.NO)).orElse(List.of());
        if (!reasons.isEmpty()) {
            return reasons.stream().map(r -> "- " + r).collect(Collectors.joining("\n"));
        }
        return coordinatorProposedNo && coordinatorMotivation != null ? coordinatorMotivation
                : translations.dutch("admission.mail.noReasonGiven");
    }
}
