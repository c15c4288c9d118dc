package nl.netwerkregie.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One answer, with the question as it was asked (its number in the questionnaire, kind and text).
 *
 * @param score 1-5 for a scale question (null: not scored yet)
 * @param text  the answer to an open question, or the remark with a score (null: none)
 */
@Embeddable
public record Answer(@Column(name = "position") int position,
        @Enumerated(EnumType.STRING) @Column(name = "kind") QuestionKind kind,
        @Column(name = "question_text") String questionText,
        @Column(name = "score") Integer score,
        @Column(name = "answer_text") String text) {
}
