package nl.netwerkregie.people;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** A person who works with the network, and the state of their account (the username is the Camunda user id). */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    private String firstName;
    private String lastName;
    private String email;
    private Long organisationId;
    @Enumerated(EnumType.STRING)
    private PersonState state;
    private Instant invitedAt;
    private String invitedBy;
    private Instant activatedAt;
    private Instant deactivatedAt;
    private String deactivatedBy;
    @Version
    private long version;
    /** Mijn instellingen: the language of their mails ("nl", "en"; null: Dutch). */
    private String language;
    /** How they hear of new work; null: the default (see {@link NotifyChoice}). */
    @Enumerated(EnumType.STRING)
    private NotifyChoice notify;
    /** When their daily digest goes out; null: {@link MySettings#DEFAULT_DIGEST_AT}. */
    private java.time.LocalTime digestAt;
    /** The networks the person works for (ADR 0010); a person is not of one network, their rows of work are. */
    @ElementCollection
    @CollectionTable(name = "person_network", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "network_id")
    private Set<String> networks = new HashSet<>();

    protected Person() {
    }

    Person(String networkId, String username, String firstName, String lastName, String email, Long organisationId,
            String invitedBy, Instant now) {
        this.networks.add(networkId);
        this.username = username;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.organisationId = organisationId;
        this.state = PersonState.INVITED;
        this.invitedBy = invitedBy;
        this.invitedAt = now;
    }

    /** Also works for that network from now on. */
    void join(String networkId) {
        networks.add(networkId);
    }

    public boolean worksFor(String networkId) {
        return networks.contains(networkId);
    }

    public Set<String> getNetworks() {
        return Set.copyOf(networks);
    }

    void activate(Instant now) {
        state = PersonState.ACTIVE;
        activatedAt = now;
    }

    void deactivate(String by, Instant now) {
        state = PersonState.DEACTIVATED;
        deactivatedBy = by;
        deactivatedAt = now;
    }

    /** A deactivated person who comes back is invited again and sets a new password. */
    void reinvite(String by, Instant now) {
        state = PersonState.INVITED;
        invitedBy = by;
        invitedAt = now;
    }

    void correct(String firstName, String lastName, Long organisationId) {
        this.firstName = firstName;
        this.lastName = lastName;
        this.organisationId = organisationId;
    }

    void changeSettings(MySettings settings) {
        this.language = settings.language();
        this.notify = settings.newWork();
        this.digestAt = settings.digestAt();
    }

    MySettings settings() {
        return new MySettings(language, notify, digestAt);
    }

    public String fullName() {
        return (firstName + " " + lastName).strip();
    }

    public Long getId() { return id; }
    public String getUsername() { return username; }
    public String getFirstName() { return firstName; }
    public String getLastName() { return lastName; }
    public String getEmail() { return email; }
    public Long getOrganisationId() { return organisationId; }
    public PersonState getState() { return state; }
    public Instant getInvitedAt() { return invitedAt; }
    public Instant getActivatedAt() { return activatedAt; }
    public Instant getDeactivatedAt() { return deactivatedAt; }
}
