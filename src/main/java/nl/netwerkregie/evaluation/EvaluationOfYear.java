package nl.netwerkregie.evaluation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One evaluation as lists and the jaarverslag read it.
 *
 * @param yearly          started by the yearly round (false: by hand, "tussentijds")
 * @param respondents     how many were asked (member organisations and board members)
 * @param answered        how many submitted their answers
 * @param proposals       the board's proposed changes; null when the board proposes none
 * @param proposalsSentAt when the proposals went to all parties; null while not (or none)
 */
public record EvaluationOfYear(long id, int year, boolean yearly, EvaluationStatus status, LocalDate deadline,
        int respondents, int answered, String summary, String conclusions, String proposals, Instant proposalsSentAt) {

    /** The share that answered, 0-100, rounded down; 0 when nobody was asked. */
    public int responseRate() {
        return respondents == 0 ? 0 : answered * 100 / respondents;
    }
}
