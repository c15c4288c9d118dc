package nl.netwerkregie.evaluation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** One question of the network's own list, which each new evaluation starts from. */
@Entity
@Table(name = "evaluation_question")
class EvaluationQuestion {

    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private int position;
    @Enumerated(EnumType.STRING)
    private QuestionKind kind;
    private String text;

    protected EvaluationQuestion() {
    }

    EvaluationQuestion(int position, Question question) {
        this.position = position;
        this.kind = question.kind();
        this.text = question.text();
    }

    Question question() {
        return new Question(kind, text);
    }

    int getPosition() {
        return position;
    }
}
