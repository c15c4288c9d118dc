package nl.netwerkregie.annualplan;

/** What a percentage line item is a percentage of. Labels: {@code jaarplan.base.<NAME>}. */
public enum PercentageBase {
    /** The subsidy of all sub-networks together (Twente: 2% to the national association). */
    TOTAL_SUBSIDY,
    /** All income: subsidies, member contributions and other income. */
    TOTAL_INCOME,
    /** The project budget the plan names. */
    PROJECT_BUDGET
}
