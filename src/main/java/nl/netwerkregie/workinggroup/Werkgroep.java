package nl.netwerkregie.workinggroup;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;

/** A werkgroep: permanent (e.g. deskundigheidsbevordering) or temporary, with a start and end date. */
@Entity
@Table(name = "werkgroep")
public class Werkgroep {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private boolean permanent;
    /** The longest theme name the tables hold. */
    public static final int MAX_THEME = 300;

    private String theme;
    private LocalDate startDate;
    private LocalDate endDate;
    private Instant createdAt;
    @Version
    private long version;

    protected Werkgroep() {
    }

    Werkgroep(WerkgroepForm form, Instant now) {
        this.name = form.name().strip();
        this.permanent = form.permanent();
        this.theme = blankToNull(form.theme());
        this.startDate = form.permanent() ? null : form.startDate();
        this.endDate = form.permanent() ? null : form.endDate();
        this.createdAt = now;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isPermanent() {
        return permanent;
    }

    public String getTheme() {
        return theme;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
