package nl.netwerkregie.membership;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What one organisation owes for a year and what came in.
 *
 * @param paid   the amount received, or null when nothing was recorded
 * @param paidOn the day it came in, or null
 */
public record ContributionLine(long organisationId, String organisationName, OrganisationStatus status, int year,
        BigDecimal due, BigDecimal paid, LocalDate paidOn) {

    /** Where the contribution stands; an exempt organisation (e.g. volunteers in Twente) owes nothing. */
    public enum State {
        EXEMPT, OPEN, PARTLY_PAID, PAID
    }

    public State state() {
        if (paid == null) {
            return due.signum() == 0 ? State.EXEMPT : State.OPEN;
        }
        return paid.compareTo(due) < 0 ? State.PARTLY_PAID : State.PAID;
    }

    /** Still something to collect: nothing or too little came in. */
    public boolean outstanding() {
        return state() == State.OPEN || state() == State.PARTLY_PAID;
    }
}
