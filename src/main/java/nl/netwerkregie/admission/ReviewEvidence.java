package nl.netwerkregie.admission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What the coordinator and the board look at when the trial year ends.
 *
 * @param werkgroepen            the werkgroepen the applicant said it would join
 * @param werkgroepSeats         the werkgroepen where its people hold a seat today (the werkgroep registry)
 * @param contribution           the contribution the organisation owes for the trial year's first year
 * @param contributionPaidOn     when that contribution came in; null while it has not
 * @param visionDocumentReceived the vision/policy document is in (not only promised)
 * @param contacts               the contact persons' names
 * @param selfEvaluation         the organisation's latest submitted self-evaluation; null when it has none
 */
public record ReviewEvidence(
        String organisationName,
        LocalDate trialStart,
        LocalDate trialEnd,
        List<String> werkgroepen,
        List<String> werkgroepSeats,
        BigDecimal contribution,
        LocalDate contributionPaidOn,
        boolean visionDocumentReceived,
        List<String> contacts,
        SelfEvaluationFacts.Fact selfEvaluation) {
}
