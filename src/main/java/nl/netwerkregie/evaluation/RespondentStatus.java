package nl.netwerkregie.evaluation;

/** A respondent's answers: none yet, saved as a draft, or submitted (final). */
public enum RespondentStatus {
    OPEN,
    DRAFT,
    SUBMITTED
}
