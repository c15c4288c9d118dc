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
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** A theme of a jaarplan as stored, with its cost items. */
@Entity
@Table(name = "jaarplan_theme")
class JaarplanTheme {

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String aims;
    private String activities;

    @ElementCollection
    @CollectionTable(name = "jaarplan_cost_item", joinColumns = @JoinColumn(name = "theme_id"))
    @OrderColumn(name = "position")
    private List<CostItemRow> items = new ArrayList<>();

    protected JaarplanTheme() {
    }

    JaarplanTheme(ThemePlan theme) {
        this.name = theme.name();
        this.aims = theme.aims();
        this.activities = theme.activities();
        theme.items().forEach(i -> items.add(new CostItemRow(i)));
    }

    ThemePlan toTheme() {
        return new ThemePlan(name, aims, activities, items.stream().map(CostItemRow::toItem).toList());
    }
}
