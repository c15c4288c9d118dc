package nl.netwerkregie.annualplan;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;

/**
 * A jaarplan with its begroting's inputs. Several coordinators may edit a draft; {@link #version} refuses a
 * save based on a state someone else has changed meanwhile.
 */
@Entity
@Table(name = "jaarplan")
class Jaarplan {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_year")
    private int year;
    private String title;
    private String ambition;
    private String goals;
    private BigDecimal projectBudget;
    private BigDecimal contributionBase;
    @Enumerated(EnumType.STRING)
    private JaarplanStatus status;
    private String advice;
    private String adviceSkippedReason;
    private String boardRemarks;
    private int submittedVersions;
    private Long decisionId;
    private Instant adoptedAt;
    private Instant createdAt;
    private Instant updatedAt;
    private String updatedBy;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "jaarplan_id", nullable = false)
    @OrderColumn(name = "position", nullable = false)
    private List<JaarplanTheme> themes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "jaarplan_income", joinColumns = @JoinColumn(name = "jaarplan_id"))
    @OrderColumn(name = "position")
    private List<IncomeRow> income = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "jaarplan_split", joinColumns = @JoinColumn(name = "jaarplan_id"))
    @OrderColumn(name = "position")
    private List<SplitRow> split = new ArrayList<>();

    protected Jaarplan() {
    }

    Jaarplan(int year, String title, String by, Instant now) {
        this.year = year;
        this.title = title;
        this.status = JaarplanStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    void replaceContent(PlanContent content, String by, Instant now) {
        this.title = content.title();
        this.ambition = content.ambition();
        this.goals = content.goals();
        this.projectBudget = content.projectBudget();
        this.contributionBase = content.contributionBase();
        themes.clear();
        content.themes().forEach(t -> themes.add(new JaarplanTheme(t)));
        income.clear();
        content.income().forEach(l -> income.add(new IncomeRow(l)));
        split.clear();
        content.split().forEach(l -> split.add(new SplitRow(l)));
        touch(by, now);
    }

    PlanContent content() {
        return new PlanContent(title, ambition, goals, projectBudget, contributionBase,
                themes.stream().map(JaarplanTheme::toTheme).toList(), income.stream().map(IncomeRow::toLine).toList(),
                split.stream().map(SplitRow::toLine).toList());
    }

    /** Submitted (first time or after revision): the next version number. */
    int submit(String by, Instant now) {
        this.status = JaarplanStatus.ADVICE;
        this.advice = null;
        this.adviceSkippedReason = null;
        this.decisionId = null;
        this.submittedVersions++;
        touch(by, now);
        return submittedVersions;
    }

    void recordAdvice(String advice, String skippedReason, long decisionId, String by, Instant now) {
        this.advice = advice;
        this.adviceSkippedReason = skippedReason;
        this.decisionId = decisionId;
        this.status = JaarplanStatus.BOARD;
        touch(by, now);
    }

    void returnForRevision(String remarks, String by, Instant now) {
        this.boardRemarks = remarks;
        this.status = JaarplanStatus.REVISION;
        touch(by, now);
    }

    void adopt(String by, Instant now) {
        this.status = JaarplanStatus.ADOPTED;
        this.adoptedAt = now;
        touch(by, now);
    }

    private void touch(String by, Instant now) {
        this.updatedBy = by;
        this.updatedAt = now;
    }

    Long getId() {
        return id;
    }

    int getYear() {
        return year;
    }

    String getTitle() {
        return title;
    }

    JaarplanStatus getStatus() {
        return status;
    }

    String getAdvice() {
        return advice;
    }

    String getAdviceSkippedReason() {
        return adviceSkippedReason;
    }

    String getBoardRemarks() {
        return boardRemarks;
    }

    int getSubmittedVersions() {
        return submittedVersions;
    }

    Long getDecisionId() {
        return decisionId;
    }

    Instant getAdoptedAt() {
        return adoptedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    long getVersion() {
        return version;
    }

    BigDecimal getContributionBase() {
        return contributionBase;
    }
}
