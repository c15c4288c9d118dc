package nl.netwerkregie.selfevaluation;

import java.util.ArrayList;
import java.util.List;

/** Answers for the self-evaluation tests. */
public final class SelfEvaluationFixtures {

    private SelfEvaluationFixtures() {
    }

    /** Every statement of the result scored {@code score}, the first with a remark. */
    public static List<AnswerInput> all(SelfEvaluationResult evaluation, int score) {
        List<AnswerInput> answers = new ArrayList<>();
        evaluation.lines().forEach(l -> answers.add(new AnswerInput(l.position(), score,
                l.position() == 0 ? "Staat in het jaarplan 2026." : null)));
        return answers;
    }

    /** Only the first {@code count} statements scored. */
    public static List<AnswerInput> first(int count, int score) {
        List<AnswerInput> answers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            answers.add(new AnswerInput(i, score, null));
        }
        return answers;
    }
}
