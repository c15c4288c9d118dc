package nl.netwerkregie.board;

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

/**
 * A seat on the board (dagelijks bestuur, stuurgroep): a person's account, optionally the member organisation the
 * seat belongs to, from a start date until (perhaps) an end date, and why it ended. The board on a day is every
 * seat that runs on it; a person holds at most one running seat.
 */
@Entity
@Table(name = "board_seat")
public class BoardSeat {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    /** The name when appointed; shown when the account is no longer active. */
    private String personName;
    private Long organisationId;
    private LocalDate startDate;
    private LocalDate endDate;
    @Enumerated(EnumType.STRING)
    private SeatEndReason endReason;
    private String appointedBy;
    private Instant appointedAt;
    private String endedBy;
    @Version
    private long version;

    protected BoardSeat() {
    }

    BoardSeat(String username, String personName, Long organisationId, LocalDate startDate, String appointedBy,
            Instant appointedAt) {
        this.username = username;
        this.personName = personName;
        this.organisationId = organisationId;
        this.startDate = startDate;
        this.appointedBy = appointedBy;
        this.appointedAt = appointedAt;
    }

    /** Ends the seat on that date (never before its start); the person is no longer on the board from that day. */
    void end(LocalDate date, SeatEndReason reason, String by) {
        this.endDate = date.isBefore(startDate) ? startDate : date;
        this.endReason = reason;
        this.endedBy = by;
    }

    /** Whether the seat is taken on that day. */
    public boolean runsOn(LocalDate day) {
        return !startDate.isAfter(day) && runsAfter(day);
    }

    /** Whether the seat has not ended by that day: it runs on it, or will still start. */
    public boolean runsAfter(LocalDate day) {
        return endDate == null || endDate.isAfter(day);
    }

    /** Whether the seat runs on any day from that day on (a seat that ended on its start day never ran). */
    boolean overlapsFrom(LocalDate day) {
        return endDate == null || endDate.isAfter(day.isAfter(startDate) ? day : startDate);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPersonName() {
        return personName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public SeatEndReason getEndReason() {
        return endReason;
    }

    public String getAppointedBy() {
        return appointedBy;
    }

    public Instant getAppointedAt() {
        return appointedAt;
    }

    public String getEndedBy() {
        return endedBy;
    }
}
