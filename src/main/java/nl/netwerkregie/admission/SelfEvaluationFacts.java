package nl.netwerkregie.admission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The organisation's latest self-evaluation, as the review of the trial year shows it. Implemented by the
 * self-evaluation feature; without it, the review shows none.
 */
public interface SelfEvaluationFacts {

    /** The last self-evaluation the organisation submitted, if any. */
    Optional<Fact> latestOf(long organisationId);

    /** When it was submitted and the average score per section (1 niet .. 4 volledig; null when none scored). */
    record Fact(LocalDate submittedOn, List<Section> sections) {
    }

    record Section(String name, BigDecimal average) {
    }
}
