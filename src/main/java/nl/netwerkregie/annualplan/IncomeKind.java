package nl.netwerkregie.annualplan;

/** Kinds of income in the begroting. Labels: {@code jaarplan.income.<NAME>}. */
public enum IncomeKind {
    /** The instellingssubsidie of one sub-network. */
    SUBSIDY,
    /** The member organisations' contributions. */
    CONTRIBUTIONS,
    OTHER
}
