package nl.netwerkregie.network;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * When a resignation takes effect: always on 31 December, and at least {@code noticeMonths} after the
 * request was received. Twente (3 months): received on or before 30 September ends this year, from
 * 1 October the next. Utrecht (0 months): the end of the current calendar year.
 */
public record NoticeRule(int noticeMonths) {

    public NoticeRule {
        if (noticeMonths < 0 || noticeMonths > 12) {
            throw new IllegalArgumentException("noticeMonths must be 0..12, was " + noticeMonths);
        }
    }

    public LocalDate endDateFor(LocalDate received) {
        LocalDate endOfThisYear = MonthDay.of(12, 31).atYear(received.getYear());
        LocalDate lastDayToResignThisYear = endOfThisYear.minusMonths(noticeMonths);
        return received.isAfter(lastDayToResignThisYear) ? endOfThisYear.plusYears(1) : endOfThisYear;
    }
}
