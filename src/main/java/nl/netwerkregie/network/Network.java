package nl.netwerkregie.network;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

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
    private Instant createdAt;

    protected Network() {
    }

    Network(String id, String name, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.createdAt = createdAt;
    }

    void shareNational(boolean share) {
        this.shareNational = share;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public boolean isShareNational() { return shareNational; }
    public Instant getCreatedAt() { return createdAt; }
}
