package nl.netwerkregie.budget;

/**
 * An income line of the begroting against what came in: subsidy and other income as recorded by the coordinators,
 * contributions as the membership feature records their payments.
 *
 * @param kind     {@code SUBSIDY}, {@code CONTRIBUTIONS} or {@code OTHER}, as the begroting's income kinds
 * @param budgeted null for contributions received where the begroting has no line for them
 */
public record IncomeRealisation(String kind, String label, java.math.BigDecimal budgeted,
        java.math.BigDecimal received) {

    public static final String CONTRIBUTIONS = "CONTRIBUTIONS";
}
