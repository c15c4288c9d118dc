package nl.netwerkregie.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A one-time link of a person's account: stored as the hash of its secret, with its expiry and when it was used. */
@Entity
@Table(name = "account_token")
class AccountToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long personId;
    @Enumerated(EnumType.STRING)
    private TokenPurpose purpose;
    private String tokenHash;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant usedAt;
    @Version
    private long version;

    protected AccountToken() {
    }

    AccountToken(long personId, TokenPurpose purpose, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.personId = personId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    boolean isUsed() {
        return usedAt != null;
    }

    boolean isExpired(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }

    Long getPersonId() { return personId; }
    TokenPurpose getPurpose() { return purpose; }
    Instant getExpiresAt() { return expiresAt; }
}
