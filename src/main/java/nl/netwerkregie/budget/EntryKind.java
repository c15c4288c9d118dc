package nl.netwerkregie.budget;

/** Spending (uitgave) charged to a theme, or income (inkomst) received against an income line. Labels: {@code budget.kind.<NAME>}. */
public enum EntryKind {
    SPENDING, INCOME
}
