package nl.netwerkregie.board;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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

/** A question put to the board, and once closed its outcome and count. */
@Entity
@Table(name = "board_decision")
public class BoardDecision {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseType;
    private String caseId;
    private String subject;
    private String question;
    private String proposal;
    @Enumerated(EnumType.STRING)
    private DecisionMode mode;
    private Instant deadline;
    @Enumerated(EnumType.STRING)
    private DecisionStatus status;
    @Enumerated(EnumType.STRING)
    private DecisionOutcome outcome;
    private Integer yesCount;
    private Integer noCount;
    private Integer abstainCount;
    private Integer recusedCount;
    private String preparedBy;
    private Instant preparedAt;
    private Instant openedAt;
    private Instant closedAt;
    private LocalDate meetingDate;
    private String recordedBy;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "board_decision_member", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    @Column(name = "member_id")
    private List<String> votingMembers = new ArrayList<>();

    protected BoardDecision() {
    }

    BoardDecision(DecisionRequest request, Instant deadline, String preparedBy, Instant now) {
        this.caseType = request.caseType();
        this.caseId = request.caseId();
        this.subject = request.subject();
        this.question = request.question();
        this.proposal = request.proposal();
        this.mode = request.mode();
        this.deadline = deadline;
        this.status = DecisionStatus.PREPARED;
        this.preparedBy = preparedBy;
        this.preparedAt = now;
    }

    void open(List<String> members, Instant now) {
        this.votingMembers = new ArrayList<>(members);
        this.status = DecisionStatus.OPEN;
        this.openedAt = now;
    }

    /** Takes a member out of the open vote (they left); the vote goes on with the others. */
    void removeVoter(String member) {
        votingMembers.remove(member);
    }

    void close(Tally tally, Instant now) {
        this.status = DecisionStatus.CLOSED;
        this.outcome = tally.adopted() ? DecisionOutcome.ADOPTED : DecisionOutcome.REJECTED;
        this.yesCount = tally.yes();
        this.noCount = tally.no();
        this.abstainCount = tally.abstain();
        this.recusedCount = tally.recused();
        this.closedAt = now;
    }

    void recordMeeting(LocalDate date, String recorder) {
        this.meetingDate = date;
        this.recordedBy = recorder;
        this.mode = DecisionMode.MEETING;
    }

    void extendDeadline(Instant newDeadline) {
        this.deadline = newDeadline;
    }

    public boolean isClosed() {
        return status == DecisionStatus.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public String getCaseType() {
        return caseType;
    }

    public String getCaseId() {
        return caseId;
    }

    public String getSubject() {
        return subject;
    }

    public String getQuestion() {
        return question;
    }

    public String getProposal() {
        return proposal;
    }

    public DecisionMode getMode() {
        return mode;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public DecisionStatus getStatus() {
        return status;
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public Integer getYesCount() {
        return yesCount;
    }

    public Integer getNoCount() {
        return noCount;
    }

    public Integer getAbstainCount() {
        return abstainCount;
    }

    public Integer getRecusedCount() {
        return recusedCount;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public Instant getPreparedAt() {
        return preparedAt;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public long getVersion() {
        return version;
    }

    public List<String> getVotingMembers() {
        return List.copyOf(votingMembers);
    }
}
