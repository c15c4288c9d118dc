package nl.netwerkregie.board;

/** Why a board seat ended. */
public enum SeatEndReason {
    /** The term of office ended (aftreden volgens rooster). */
    TERM_ENDED,
    /** The person stepped down early. */
    STEPPED_DOWN,
    /** The organisation the seat belongs to is no longer a member. */
    MEMBERSHIP_ENDED,
    /** The person left (their account was deactivated). */
    LEFT
}
