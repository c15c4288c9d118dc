package nl.netwerkregie.membership;

import nl.netwerkregie.network.ContributionBasis;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** An organisation known to the network: applicant, (trial) member, former member or partner. */
@Entity
@Table(name = "organisation")
public class Organisation {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;
    private String municipality;
    private BigDecimal fte;
    private Integer employeesOrMembers;
    private boolean volunteerOrganisation;
    private String bestuurderName;
    private String bestuurderEmail;
    @Enumerated(EnumType.STRING)
    private OrganisationStatus status;
    private LocalDate statusSince;
    @Column(nullable = false, updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "contact_person", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    private List<ContactPerson> contacts = new ArrayList<>();

    protected Organisation() {
    }

    Organisation(OrganisationDetails details, OrganisationStatus status, LocalDate since, Instant now) {
        update(details);
        this.status = status;
        this.statusSince = since;
        this.createdAt = now;
    }

    final void update(OrganisationDetails details) {
        this.name = details.name().strip();
        this.kind = details.kind();
        this.municipality = details.municipality().strip();
        this.fte = details.fte();
        this.employeesOrMembers = details.employeesOrMembers();
        this.volunteerOrganisation = details.volunteerOrganisation();
        this.bestuurderName = details.bestuurderName();
        this.bestuurderEmail = details.bestuurderEmail();
        this.contacts = new ArrayList<>(details.contacts().stream().map(OrganisationDetails.Contact::toContactPerson).toList());
    }

    void changeStatus(OrganisationStatus newStatus, LocalDate since) {
        this.status = newStatus;
        this.statusSince = since;
    }

    /** What the network's contribution rule reads; the kind VPTZ / bijna-thuis-huis settles "volunteers". */
    public ContributionBasis contributionBasis() {
        return new ContributionBasis(volunteerOrganisation || kind.isVolunteers(), fte, employeesOrMembers);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public String getMunicipality() {
        return municipality;
    }

    public BigDecimal getFte() {
        return fte;
    }

    public Integer getEmployeesOrMembers() {
        return employeesOrMembers;
    }

    public boolean isVolunteerOrganisation() {
        return volunteerOrganisation;
    }

    public String getBestuurderName() {
        return bestuurderName;
    }

    public String getBestuurderEmail() {
        return bestuurderEmail;
    }

    public OrganisationStatus getStatus() {
        return status;
    }

    public LocalDate getStatusSince() {
        return statusSince;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public List<ContactPerson> getContacts() {
        return List.copyOf(contacts);
    }

    /** Links the contact with that e-mail address to a login (a person of the people register). */
    void linkContact(String email, String username) {
        for (int i = 0; i < contacts.size(); i++) {
            ContactPerson c = contacts.get(i);
            if (c.email().equalsIgnoreCase(email)) {
                contacts.set(i, new ContactPerson(c.name(), c.email(), c.phone(), username));
            }
        }
    }
}
