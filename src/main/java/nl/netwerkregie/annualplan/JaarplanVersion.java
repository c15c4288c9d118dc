package nl.netwerkregie.annualplan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** A submitted version of a jaarplan, kept as it was: its texts and amounts as snapshot lines. */
@Entity
@Table(name = "jaarplan_version")
class JaarplanVersion {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long jaarplanId;
    private int number;
    private Instant submittedAt;
    private String submittedBy;
    private BigDecimal totalCosts;
    private BigDecimal totalIncome;

    @ElementCollection
    @CollectionTable(name = "jaarplan_version_line", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "position")
    private List<VersionLineRow> lines = new ArrayList<>();

    protected JaarplanVersion() {
    }

    JaarplanVersion(long jaarplanId, int number, String submittedBy, Instant submittedAt, Begroting begroting,
            List<VersionLine> lines) {
        this.jaarplanId = jaarplanId;
        this.number = number;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.totalCosts = begroting.totalCosts();
        this.totalIncome = begroting.totalIncome();
        lines.forEach(l -> this.lines.add(new VersionLineRow(l)));
    }

    VersionInfo info() {
        return new VersionInfo(number, submittedAt, submittedBy, totalCosts, totalIncome);
    }

    List<VersionLine> lines() {
        return lines.stream().map(VersionLineRow::toLine).toList();
    }
}
