package nl.netwerkregie.network;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One dated version of a network's rules: the YAML profile in force from {@code validFrom}, and why. */
@Entity
@Table(name = "network_rules")
public class NetworkRulesVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String networkId;
    private LocalDate validFrom;
    private String profileYaml;
    private String reason;
    private String recordedBy;
    private Instant recordedAt;

    protected NetworkRulesVersion() {
    }

    NetworkRulesVersion(String networkId, LocalDate validFrom, String profileYaml, String reason, String recordedBy,
            Instant recordedAt) {
        this.networkId = networkId;
        this.validFrom = validFrom;
        this.profileYaml = profileYaml;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() { return id; }
    public String getNetworkId() { return networkId; }
    public LocalDate getValidFrom() { return validFrom; }
    public String getProfileYaml() { return profileYaml; }
    public String getReason() { return reason; }
    public String getRecordedBy() { return recordedBy; }
    public Instant getRecordedAt() { return recordedAt; }
}
