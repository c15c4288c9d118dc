package nl.netwerkregie.resignation;

/** Where an ending stands. Labels: {@code ending.status.<NAME>}. */
public enum EndingStatus {
    /** Resignation received, receipt not yet confirmed by a coordinator. */
    RECEIVED,
    /** Resignation confirmed; the member stays a member until the end date. */
    CONFIRMED,
    /** The member withdrew the resignation. */
    WITHDRAWN,
    /** Termination proposed; the organisation may respond. */
    RESPONSE_PERIOD,
    /** Termination with the board. */
    BOARD_DECISION,
    /** The board decided to terminate; it takes effect on the end date. */
    TERMINATION_ADOPTED,
    /** The board decided not to terminate. */
    KEPT,
    /** The end date has passed: the organisation is a former member. */
    ENDED;

    public boolean isOpen() {
        return this == RECEIVED || this == CONFIRMED || this == RESPONSE_PERIOD || this == BOARD_DECISION
                || this == TERMINATION_ADOPTED;
    }
}
