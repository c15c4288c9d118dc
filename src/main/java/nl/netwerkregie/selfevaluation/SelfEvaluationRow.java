package nl.netwerkregie.selfevaluation;

import java.time.LocalDate;

/** A line of the network's list of self-evaluations: which member, which year, where it is, and when. */
public record SelfEvaluationRow(long id, long organisationId, String organisationName, int year,
        SelfEvaluationState state, LocalDate invitedOn, LocalDate deadline, LocalDate submittedOn) {
}
