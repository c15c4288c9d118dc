package nl.netwerkregie.workinggroup;

import java.time.LocalDate;

/**
 * One point on an assignment's time axis.
 *
 * @param kind START, MILESTONE, REPORT, FINAL_REPORT, NEXT_REPORT or END
 * @param text the milestone's description, or the report's status
 */
public record TimelineEntry(LocalDate date, String kind, String text) {
}
