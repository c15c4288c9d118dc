package nl.netwerkregie.evaluation;

import java.time.Instant;

/** Who was asked (an organisation, or a board member by name), and whether they answered. */
public record RespondentRow(String name, boolean boardMember, RespondentStatus status, Instant submittedAt) {
}
