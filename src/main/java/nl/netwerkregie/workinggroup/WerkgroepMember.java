package nl.netwerkregie.workinggroup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;

/** A seat in a werkgroep: a person of an organisation with a role, from a start date until (perhaps) an end date. */
@Entity
@Table(name = "werkgroep_member")
public class WerkgroepMember {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long werkgroepId;
    private String personName;
    private Long organisationId;
    @Enumerated(EnumType.STRING)
    @Column(name = "seat_role")
    private SeatRole role;
    private String username;
    private String email;
    private LocalDate startDate;
    private LocalDate endDate;

    protected WerkgroepMember() {
    }

    WerkgroepMember(long werkgroepId, SeatForm form) {
        this.werkgroepId = werkgroepId;
        this.personName = form.personName().strip();
        this.organisationId = form.organisationId();
        this.role = form.role();
        this.username = Werkgroep.blankToNull(form.username());
        this.email = Werkgroep.blankToNull(form.email());
        this.startDate = form.startDate();
    }

    void end(LocalDate date) {
        this.endDate = date;
    }

    /** Whether the seat is taken on that day. */
    public boolean activeOn(LocalDate day) {
        return !startDate.isAfter(day) && (endDate == null || endDate.isAfter(day));
    }

    public Long getId() {
        return id;
    }

    public Long getWerkgroepId() {
        return werkgroepId;
    }

    public String getPersonName() {
        return personName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public SeatRole getRole() {
        return role;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }
}
