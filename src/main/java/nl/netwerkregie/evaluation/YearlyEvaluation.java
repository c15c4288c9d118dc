package nl.netwerkregie.evaluation;

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
import nl.netwerkregie.shared.DomainException;
import org.hibernate.annotations.TenantId;

/**
 * One evaluation of the cooperation: the questions it asks, its deadline, the coordinators' summary, the board's
 * conclusions and proposals. The steps move it on; each refuses a step out of turn.
 */
@Entity
@Table(name = "yearly_evaluation")
class YearlyEvaluation {

    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "evaluation_year")
    private int year;
    /** The year it was started for by the yearly round; null when started by hand. */
    private Integer scheduledYear;
    @Enumerated(EnumType.STRING)
    private EvaluationStatus status;
    private LocalDate deadline;
    private String startedBy;
    private Instant startedAt;
    private Instant sentAt;
    private Instant answersClosedAt;
    private String summary;
    private String summaryBy;
    private String conclusions;
    private String proposals;
    private String conclusionsBy;
    private Instant proposalsSentAt;
    private Instant closedAt;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "evaluation_asked_question", joinColumns = @JoinColumn(name = "evaluation_id"))
    @OrderColumn(name = "position")
    private List<Question> questions = new ArrayList<>();

    protected YearlyEvaluation() {
    }

    YearlyEvaluation(int year, boolean scheduled, List<Question> questions, LocalDate deadline, String by,
            Instant at) {
        this.year = year;
        this.scheduledYear = scheduled ? year : null;
        this.status = EvaluationStatus.PREPARING;
        this.questions.addAll(questions);
        this.deadline = deadline;
        this.startedBy = by;
        this.startedAt = at;
    }

    /** "Evaluatie voorbereiden": the questions as they will be asked, and the deadline. */
    void prepare(List<Question> adjusted, LocalDate newDeadline) {
        require(EvaluationStatus.PREPARING);
        questions.clear();
        questions.addAll(adjusted);
        deadline = newDeadline;
    }

    void sent(Instant at) {
        require(EvaluationStatus.PREPARING);
        status = EvaluationStatus.ANSWERING;
        sentAt = at;
    }

    void closeAnswers(Instant at) {
        if (status == EvaluationStatus.ANSWERING) {
            status = EvaluationStatus.SUMMARY;
            answersClosedAt = at;
        }
    }

    void summarise(String text, String by) {
        require(EvaluationStatus.SUMMARY);
        summary = text;
        summaryBy = by;
        status = EvaluationStatus.CONCLUSIONS;
    }

    void conclude(String conclusionsText, String proposalsText, String by, Instant at) {
        require(EvaluationStatus.CONCLUSIONS);
        conclusions = conclusionsText;
        proposals = proposalsText;
        conclusionsBy = by;
        if (proposalsText == null) {
            close(at);
        }
    }

    void proposalsSent(Instant at) {
        if (status != EvaluationStatus.CLOSED) {
            proposalsSentAt = at;
            close(at);
        }
    }

    private void close(Instant at) {
        status = EvaluationStatus.CLOSED;
        closedAt = at;
    }

    private void require(EvaluationStatus expected) {
        if (status != expected) {
            throw new DomainException("evaluation.wrongStep", String.valueOf(year));
        }
    }

    Long getId() { return id; }
    int getYear() { return year; }
    boolean isScheduled() { return scheduledYear != null; }
    EvaluationStatus getStatus() { return status; }
    LocalDate getDeadline() { return deadline; }
    String getStartedBy() { return startedBy; }
    Instant getStartedAt() { return startedAt; }
    Instant getSentAt() { return sentAt; }
    String getSummary() { return summary; }
    String getConclusions() { return conclusions; }
    String getProposals() { return proposals; }
    Instant getProposalsSentAt() { return proposalsSentAt; }
    Instant getClosedAt() { return closedAt; }
    List<Question> getQuestions() { return List.copyOf(questions); }
}
