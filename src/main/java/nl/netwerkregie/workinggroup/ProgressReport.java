package nl.netwerkregie.workinggroup;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;

/** A progress report (or the final report) of a werkgroep on its assignment, and the coordinator's review. */
@Entity
@Table(name = "werkgroep_report")
public class ProgressReport {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long assignmentId;
    private LocalDate dueDate;
    private boolean finalReport;
    @Enumerated(EnumType.STRING)
    private TimelineStatus timelineStatus;
    private String progress;
    private String nextSteps;
    private String problems;
    private BigDecimal budgetUsed;
    @Enumerated(EnumType.STRING)
    private ReportState state;
    private String question;
    private String answer;
    private String submittedBy;
    private Instant submittedAt;
    private String reviewedBy;
    private Instant reviewedAt;

    protected ProgressReport() {
    }

    ProgressReport(long assignmentId, LocalDate dueDate, ReportForm form, String by, Instant now) {
        this.assignmentId = assignmentId;
        this.dueDate = dueDate;
        this.finalReport = form.finalReport();
        this.timelineStatus = form.status();
        this.progress = form.progress().strip();
        this.nextSteps = Werkgroep.blankToNull(form.nextSteps());
        this.problems = Werkgroep.blankToNull(form.problems());
        this.budgetUsed = form.budgetUsed();
        this.state = ReportState.SUBMITTED;
        this.submittedBy = by;
        this.submittedAt = now;
    }

    void ask(String text, String by, Instant now) {
        this.question = text;
        this.answer = null;
        this.state = ReportState.QUESTIONED;
        this.reviewedBy = by;
        this.reviewedAt = now;
    }

    void answer(String text) {
        this.answer = text;
        this.state = ReportState.SUBMITTED;
    }

    void accept(String by, Instant now) {
        this.state = ReportState.ACCEPTED;
        this.reviewedBy = by;
        this.reviewedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public boolean isFinalReport() {
        return finalReport;
    }

    public TimelineStatus getTimelineStatus() {
        return timelineStatus;
    }

    public String getProgress() {
        return progress;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public String getProblems() {
        return problems;
    }

    public BigDecimal getBudgetUsed() {
        return budgetUsed;
    }

    public ReportState getState() {
        return state;
    }

    public String getQuestion() {
        return question;
    }

    public String getAnswer() {
        return answer;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }
}
