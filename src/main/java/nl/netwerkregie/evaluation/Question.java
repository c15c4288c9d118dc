package nl.netwerkregie.evaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A question as an evaluation asks it: its kind and its text, fixed once the questionnaire is sent. */
@Embeddable
public record Question(@Enumerated(EnumType.STRING) @Column(name = "kind") QuestionKind kind,
        @Column(name = "text") String text) {
}
