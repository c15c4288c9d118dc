package nl.netwerkregie.network;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A network the installation serves: its id (the tenant of its rows, ADR 0010), its name, its rules as the YAML
 * profile text, and whether its board agreed to share figures with the national view. Not itself of a network.
 */
@Entity
@Table(name = "network")
public class Network {

    @Id
    private String id;
    private String name;
    @Column(name = "profile_yaml")
    private String profileYaml;
    private boolean shareNational;
    private Instant createdAt;

    protected Network() {
    }

    Network(String id, String name, String profileYaml, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.profileYaml = profileYaml;
        this.createdAt = createdAt;
    }

    public String getId() { return id; }
    public String getName() { return name; }
    public String getProfileYaml() { return profileYaml; }
    public boolean isShareNational() { return shareNational; }
    public Instant getCreatedAt() { return createdAt; }
}
