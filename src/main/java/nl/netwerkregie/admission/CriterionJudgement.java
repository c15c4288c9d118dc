package nl.netwerkregie.admission;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One admission criterion of the network profile (by code), judged met / not met / not yet, with a remark. */
@Embeddable
public class CriterionJudgement {

    @Column(name = "criterion_code", nullable = false)
    private String criterionCode;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Judgement judgement;
    private String remark;

    protected CriterionJudgement() {
    }

    public CriterionJudgement(String criterionCode, Judgement judgement, String remark) {
        this.criterionCode = criterionCode;
        this.judgement = judgement;
        this.remark = remark == null || remark.isBlank() ? null : remark.strip();
    }

    public String criterionCode() {
        return criterionCode;
    }

    public Judgement judgement() {
        return judgement;
    }

    public String remark() {
        return remark;
    }
}
