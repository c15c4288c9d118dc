package nl.netwerkregie.network;

import java.time.MonthDay;
import java.time.Period;

/**
 * When the board's yearly evaluation of the cooperation starts (Twente §6.2, Utrecht the same), and how long the
 * members have to answer. A missing value takes the default.
 *
 * @param startsOn       the day of the year it starts by itself (default 1 November, {@code "--11-01"})
 * @param answerPeriod   the default time to answer, from the start (default four weeks); the coordinators set the
 *                       deadline while preparing
 * @param reminderBefore who has not answered is reminded this long before the deadline (default seven days)
 */
public record YearlyEvaluationRule(MonthDay startsOn, Period answerPeriod, Period reminderBefore) {

    public static final YearlyEvaluationRule DEFAULTS = new YearlyEvaluationRule(null, null, null);

    public YearlyEvaluationRule {
        startsOn = startsOn == null ? MonthDay.of(11, 1) : startsOn;
        answerPeriod = answerPeriod == null ? Period.ofWeeks(4) : answerPeriod;
        reminderBefore = reminderBefore == null ? Period.ofDays(7) : reminderBefore;
        if (answerPeriod.isNegative() || answerPeriod.isZero() || reminderBefore.isNegative()) {
            throw new IllegalArgumentException("yearlyEvaluation: answerPeriod must be positive, reminderBefore not negative");
        }
    }
}
