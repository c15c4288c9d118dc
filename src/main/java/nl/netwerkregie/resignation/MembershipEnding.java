package nl.netwerkregie.resignation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;

/** A resignation or termination of one organisation's membership. */
@Entity
@Table(name = "membership_ending")
public class MembershipEnding {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long organisationId;
    @Enumerated(EnumType.STRING)
    private EndingKind kind;
    @Enumerated(EnumType.STRING)
    private EndingStatus status;
    private String reasons;
    /** The day the resignation reached the network: today for a member's own, the letter's date when recorded for it. */
    private LocalDate receivedOn;
    private LocalDate endDate;
    private String dateCorrectionReason;
    private String submittedBy;
    /** A coordinator recorded the resignation for the member (a letter or e-mail), dated when it was received. */
    private boolean recordedOnBehalf;
    private String response;
    private LocalDate responseReceivedOn;
    private LocalDate responseDeadline;
    private Long decisionId;
    /** The seats left to fill when the membership ended, one per line (the process's succession tasks). */
    private String successionSeats;
    private String successionNotes;
    private Instant createdAt;
    @Version
    private long version;

    protected MembershipEnding() {
    }

    MembershipEnding(long organisationId, EndingKind kind, String reasons, LocalDate receivedOn, LocalDate endDate,
            String submittedBy, Instant now) {
        this.organisationId = organisationId;
        this.kind = kind;
        this.status = kind == EndingKind.RESIGNATION ? EndingStatus.RECEIVED : EndingStatus.RESPONSE_PERIOD;
        this.reasons = reasons;
        this.receivedOn = receivedOn;
        this.endDate = endDate;
        this.submittedBy = submittedBy;
        this.createdAt = now;
    }

    void confirm(LocalDate correctedEndDate, String correctionReason) {
        if (correctedEndDate != null && !correctedEndDate.equals(endDate)) {
            this.endDate = correctedEndDate;
            this.dateCorrectionReason = correctionReason;
        }
        this.status = EndingStatus.CONFIRMED;
    }

    void recordedOnBehalf() {
        this.recordedOnBehalf = true;
    }

    void responseDeadline(LocalDate deadline) {
        this.responseDeadline = deadline;
    }

    void receiveResponse(String text, LocalDate on) {
        this.response = text;
        this.responseReceivedOn = on;
    }

    void toBoard(long decision) {
        this.decisionId = decision;
        this.status = EndingStatus.BOARD_DECISION;
    }

    void status(EndingStatus newStatus) {
        this.status = newStatus;
    }

    void seatsToSucceed(java.util.List<String> seats) {
        this.successionSeats = seats.isEmpty() ? null : String.join("\n", seats);
    }

    public java.util.List<String> getSeatsToSucceed() {
        return successionSeats == null ? java.util.List.of() : java.util.List.of(successionSeats.split("\n"));
    }

    void addSuccessionNote(String note) {
        this.successionNotes = successionNotes == null ? note : successionNotes + "\n" + note;
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public EndingKind getKind() {
        return kind;
    }

    public EndingStatus getStatus() {
        return status;
    }

    public String getReasons() {
        return reasons;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getDateCorrectionReason() {
        return dateCorrectionReason;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public boolean isRecordedOnBehalf() {
        return recordedOnBehalf;
    }

    public String getResponse() {
        return response;
    }

    public LocalDate getResponseReceivedOn() {
        return responseReceivedOn;
    }

    public LocalDate getResponseDeadline() {
        return responseDeadline;
    }

    public Long getDecisionId() {
        return decisionId;
    }

    public String getSuccessionNotes() {
        return successionNotes;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
