package nl.netwerkregie.selfevaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** One organisation's self-evaluation: the statements it was given, its answers, and where it is. */
@Entity
@Table(name = "self_evaluation")
class SelfEvaluation {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long organisationId;
    @Column(name = "eval_year")
    private int year;
    @Enumerated(EnumType.STRING)
    private SelfEvaluationState state;
    private String invitedBy;
    private Instant invitedAt;
    private LocalDate deadline;
    private String savedBy;
    private Instant savedAt;
    private String submittedBy;
    private Instant submittedAt;
    private Instant closedAt;
    private String closedNote;
    private String reviewedBy;
    private Instant reviewedAt;
    private String reviewNote;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "self_evaluation_answer", joinColumns = @JoinColumn(name = "self_evaluation_id"))
    @OrderColumn(name = "position")
    private List<Answer> answers = new ArrayList<>();

    protected SelfEvaluation() {
    }

    SelfEvaluation(long organisationId, int year, List<Answer> answers, LocalDate deadline, String by, Instant at) {
        this.organisationId = organisationId;
        this.year = year;
        this.answers = new ArrayList<>(answers);
        this.deadline = deadline;
        this.invitedBy = by;
        this.invitedAt = at;
        this.state = SelfEvaluationState.INVITED;
    }

    void save(List<AnswerInput> inputs, String by, Instant at) {
        for (AnswerInput input : inputs) {
            if (input.position() >= 0 && input.position() < answers.size()) {
                answers.get(input.position()).answer(input.score(), input.remark());
            }
        }
        this.savedBy = by;
        this.savedAt = at;
    }

    void submit(String by, Instant at) {
        this.state = SelfEvaluationState.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    void extend(LocalDate newDeadline) {
        this.deadline = newDeadline;
    }

    void close(String note, Instant at) {
        this.state = SelfEvaluationState.CLOSED;
        this.closedNote = note;
        this.closedAt = at;
    }

    void discuss(String note, String by, Instant at) {
        this.state = SelfEvaluationState.DISCUSSED;
        this.reviewNote = note;
        this.reviewedBy = by;
        this.reviewedAt = at;
    }

    Long getId() {
        return id;
    }

    Long getOrganisationId() {
        return organisationId;
    }

    int getYear() {
        return year;
    }

    SelfEvaluationState getState() {
        return state;
    }

    Instant getInvitedAt() {
        return invitedAt;
    }

    LocalDate getDeadline() {
        return deadline;
    }

    String getSavedBy() {
        return savedBy;
    }

    Instant getSavedAt() {
        return savedAt;
    }

    String getSubmittedBy() {
        return submittedBy;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    String getClosedNote() {
        return closedNote;
    }

    Instant getReviewedAt() {
        return reviewedAt;
    }

    String getReviewNote() {
        return reviewNote;
    }

    List<Answer> getAnswers() {
        return answers;
    }
}
