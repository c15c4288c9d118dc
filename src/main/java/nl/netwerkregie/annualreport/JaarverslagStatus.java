package nl.netwerkregie.annualreport;

/** Where a jaarverslag stands. Labels: {@code jaarverslag.status.<NAME>}. */
public enum JaarverslagStatus {
    /** Being written: the figures are live, the coordinators' texts editable. */
    DRAFT,
    /** With the board: the figures as submitted, texts locked. */
    SUBMITTED,
    /** The board did not adopt it: the coordinators revise it and submit it again. */
    REVISION,
    /** Adopted by the board: frozen, as PDF, sent to the members. */
    ADOPTED;

    boolean editable() {
        return this == DRAFT || this == REVISION;
    }
}
