package nl.netwerkregie.budget;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A recorded entry as lists show it, with the row version to send back with a correction (optimistic locking).
 *
 * @param receiptId the receipt document's id, or null
 */
public record EntryRow(long id, long version, EntryKind kind, LocalDate date, BigDecimal amount, String description,
        String theme, Long assignmentId, String incomeLine, Long receiptId, String updatedBy) {

    /** The entry as a form, to correct it. */
    public EntryForm form() {
        return new EntryForm(kind, date, amount, description, theme, assignmentId, incomeLine);
    }
}
