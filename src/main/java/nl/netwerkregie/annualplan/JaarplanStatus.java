package nl.netwerkregie.annualplan;

/** Where a jaarplan stands. Labels: {@code jaarplan.status.<NAME>}. */
public enum JaarplanStatus {
    /** Coordinators are writing it; not yet submitted. */
    DRAFT,
    /** Submitted: awaiting the netwerkgroep's advice (recorded by a coordinator). */
    ADVICE,
    /** Before the board. */
    BOARD,
    /** The board rejected it; coordinators revise it and resubmit. */
    REVISION,
    /** Adopted by the board: frozen. */
    ADOPTED;

    /** Coordinators may change the plan only while drafting or revising. */
    public boolean editable() {
        return this == DRAFT || this == REVISION;
    }
}
