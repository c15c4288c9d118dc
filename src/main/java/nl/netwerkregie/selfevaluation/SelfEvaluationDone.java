package nl.netwerkregie.selfevaluation;

import java.time.LocalDate;
import java.util.List;

/** A submitted self-evaluation, for the jaarverslag and the trial review: who, when, and the section averages. */
public record SelfEvaluationDone(long selfEvaluationId, long organisationId, String organisationName,
        LocalDate submittedOn, List<SectionAverage> averages) {
}
