package nl.netwerkregie.selfevaluation;

import java.util.List;
import nl.netwerkregie.shared.DomainException;

/** A submission with statements not scored: names them by number ("1b, 3a"); the draft is saved all the same. */
public class MissingScores extends DomainException {

    private final List<Integer> positions;

    MissingScores(List<Integer> positions, List<String> numbers) {
        super("selfevaluation.missing", String.join(", ", numbers));
        this.positions = List.copyOf(positions);
    }

    /** Throws when a statement of these answers has no score. */
    static void check(List<Answer> answers) {
        List<SelfEvaluationResult.Line> missing = SelfEvaluationResult.linesOf(answers).stream()
                .filter(l -> l.score() == null).toList();
        if (!missing.isEmpty()) {
            throw new MissingScores(missing.stream().map(SelfEvaluationResult.Line::position).toList(),
                    missing.stream().map(SelfEvaluationResult.Line::number).toList());
        }
    }

    /** The positions of the statements without a score. */
    public List<Integer> positions() {
        return positions;
    }
}
