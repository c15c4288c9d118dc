package nl.netwerkregie.network;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A network the installation serves: its id (the tenant of its rows, ADR 0010), its name, and whether its board
 * agreed to share figures with the national view. Its rules are dated versions ({@link NetworkRulesVersion}).
 * Not itself of a network.
 */
@Entity
@Table(name = "network")
public class Network {

    @Id
    private String id;
    private String name;
    private boolean shareNational;
    /** Since when it shares (or stopped sharing), who switched it, and the board decision it rests on. */
    private LocalDate shareNationalSince;
    private String shareNationalBy;
    private String shareNationalDecision;
    private Instant createdAt;

    protected Network() {
    }

    Network(String id, String name, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.createdAt = createdAt;
    }

    void shareNational(boolean share, LocalDate since, String decision, String by) {
        this.shareNational = share;
        this.shareNationalSince = since;
        this.shareNationalDecision = decision;
        this.shareNationalBy = by;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public boolean isShareNational() { return shareNational; }
    public LocalDate getShareNationalSince() { return shareNationalSince; }
    public String getShareNationalBy() { return shareNationalBy; }
    public String getShareNationalDecision() { return shareNationalDecision; }
    public Instant getCreatedAt() { return createdAt; }
}
