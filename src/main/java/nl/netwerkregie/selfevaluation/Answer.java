package nl.netwerkregie.selfevaluation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A statement as given to one self-evaluation (a copy of its text) and the organisation's score and remark. */
@Embeddable
class Answer {

    private long statementId;
    @Column(nullable = false)
    private String section;
    @Column(nullable = false)
    private String statement;
    private Integer score;
    private String remark;

    protected Answer() {
    }

    Answer(long statementId, String section, String statement) {
        this.statementId = statementId;
        this.section = section;
        this.statement = statement;
    }

    void answer(Integer newScore, String newRemark) {
        this.score = newScore;
        this.remark = newRemark;
    }

    long statementId() {
        return statementId;
    }

    String section() {
        return section;
    }

    String statement() {
        return statement;
    }

    Integer score() {
        return score;
    }

    String remark() {
        return remark;
    }
}
