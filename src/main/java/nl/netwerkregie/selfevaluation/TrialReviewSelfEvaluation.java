package nl.netwerkregie.selfevaluation;

import java.util.Optional;
import nl.netwerkregie.admission.SelfEvaluationFacts;
import org.springframework.stereotype.Component;

/** The admission's trial review shows the organisation's latest submitted self-evaluation. */
@Component
class TrialReviewSelfEvaluation implements SelfEvaluationFacts {

    private final SelfEvaluationQueries queries;

    TrialReviewSelfEvaluation(SelfEvaluationQueries queries) {
        this.queries = queries;
    }

    @Override
    public Optional<Fact> latestOf(long organisationId) {
        return queries.latestDoneOf(organisationId).map(done -> new Fact(done.submittedOn(),
                done.averages().stream().map(a -> new Section(a.section(), a.average())).toList()));
    }
}
