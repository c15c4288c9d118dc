package nl.netwerkregie.selfevaluation;

/**
 * What the contact person gives for one statement: its position in the self-evaluation, a score (1 niet, 2 deels,
 * 3 grotendeels, 4 volledig; null while not scored) and an optional remark.
 */
public record AnswerInput(int position, Integer score, String remark) {
}
