package nl.netwerkregie.workinggroup;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** One version of an assignment as submitted to the board; never changed afterwards, except for the board's verdict. */
@Entity
@Table(name = "werkgroep_assignment_version")
public class AssignmentVersion {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long assignmentId;
    private int number;
    private String doel;
    private String gewenstResultaat;
    private String theme;
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal budget;
    private String composition;
    private String submittedBy;
    private Instant submittedAt;
    private Long decisionId;
    private String boardRemarks;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "werkgroep_milestone", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<Milestone> milestones = new ArrayList<>();

    protected AssignmentVersion() {
    }

    AssignmentVersion(long assignmentId, int number, AssignmentForm form, String submittedBy, Instant now) {
        this.assignmentId = assignmentId;
        this.number = number;
        this.doel = form.doel().strip();
        this.gewenstResultaat = form.gewenstResultaat().strip();
        this.theme = Werkgroep.blankToNull(form.theme());
        this.startDate = form.startDate();
        this.endDate = form.endDate();
        this.budget = form.budget();
        this.composition = Werkgroep.blankToNull(form.composition());
        this.milestones = new ArrayList<>(form.milestones().stream()
                .sorted(java.util.Comparator.comparing(Milestone::dueDate)).toList());
        this.submittedBy = submittedBy;
        this.submittedAt = now;
    }

    void putToBoard(long decision) {
        this.decisionId = decision;
    }

    void rejectedWith(String remarks) {
        this.boardRemarks = remarks;
    }

    /** The version as a form, to start a revision from. */
    public AssignmentForm toForm(long werkgroepId) {
        return new AssignmentForm(werkgroepId, doel, gewenstResultaat, theme, startDate, endDate, milestones, budget,
                composition);
    }

    public Long getId() {
        return id;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public int getNumber() {
        return number;
    }

    public String getDoel() {
        return doel;
    }

    public String getGewenstResultaat() {
        return gewenstResultaat;
    }

    public String getTheme() {
        return theme;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public String getComposition() {
        return composition;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public String getBoardRemarks() {
        return boardRemarks;
    }

    public List<Milestone> getMilestones() {
        return List.copyOf(milestones);
    }
}
