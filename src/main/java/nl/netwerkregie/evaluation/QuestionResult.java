package nl.netwerkregie.evaluation;

import java.util.List;

/**
 * The submitted answers to one question, together.
 *
 * @param scores  for a scale question: how many gave 1, 2, 3, 4, 5 (index 0 is score 1); empty for an open one
 * @param average the average score, null when nobody scored
 * @param texts   the open answers and remarks, in the order they came in
 */
public record QuestionResult(int number, QuestionKind kind, String text, int answers, List<Integer> scores,
        Double average, List<String> texts) {
}
