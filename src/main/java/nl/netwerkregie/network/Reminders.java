package nl.netwerkregie.network;

import java.time.LocalDate;
import java.time.Period;

/**
 * When a network's flows remind people and when they give up; each a period from the moment the flow starts
 * waiting. A missing value takes today's default.
 *
 * @param informationReminder an applicant asked for more information is reminded after this (default 14 days)
 * @param informationClose    an application whose information never came is closed after this (default 30 days)
 * @param reportReminder      a werkgroep's chair and vice chair are reminded of a late report after this
 *                            (default 7 days past its due date), and the coordinator is asked to chase it up
 * @param beforeDue           whoever holds a task is reminded this long before its due date (default 2 days); they
 *                            are reminded again on the day it is late
 */
public record Reminders(Period informationReminder, Period informationClose, Period reportReminder,
        Period beforeDue) {

    public static final Reminders DEFAULTS = new Reminders(null, null, null, null);

    public Reminders {
        informationReminder = informationReminder == null ? Period.ofDays(14) : informationReminder;
        informationClose = informationClose == null ? Period.ofDays(30) : informationClose;
        reportReminder = reportReminder == null ? Period.ofDays(7) : reportReminder;
        beforeDue = beforeDue == null ? Period.ofDays(2) : beforeDue;
        // Any date will do to compare two periods; a reminder after the application is closed would never go out.
        LocalDate from = LocalDate.of(2000, 1, 1);
        if (!from.plus(informationClose).isAfter(from.plus(informationReminder))) {
            throw new IllegalArgumentException("reminders: informationClose (" + informationClose
                    + ") must be longer than informationReminder (" + informationReminder + ")");
        }
        if (informationReminder.isNegative() || informationReminder.isZero() || reportReminder.isNegative()
                || reportReminder.isZero() || beforeDue.isNegative() || beforeDue.isZero()) {
            throw new IllegalArgumentException("reminders: periods must be positive");
        }
    }
}
