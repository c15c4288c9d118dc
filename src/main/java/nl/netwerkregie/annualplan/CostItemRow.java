package nl.netwerkregie.annualplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** A cost item as stored (table {@code jaarplan_cost_item}). */
@Embeddable
class CostItemRow {

    private String description;
    private BigDecimal unitCost;
    @Column(name = "item_count")
    private Integer count;
    private Integer participants;
    private BigDecimal percentage;
    @Enumerated(EnumType.STRING)
    private PercentageBase percentageOf;

    protected CostItemRow() {
    }

    CostItemRow(CostItem item) {
        this.description = item.description();
        this.unitCost = item.unitCost();
        this.count = item.count();
        this.participants = item.participants();
        this.percentage = item.percentage();
        this.percentageOf = item.percentageOf();
    }

    CostItem toItem() {
        return new CostItem(description, unitCost, count, participants, percentage, percentageOf);
    }
}
