package nl.netwerkregie.budget;

import java.util.List;

/**
 * What an import did.
 *
 * @param recorded entries recorded
 * @param skipped  rows left out because the same entry is recorded already (a re-import changes nothing)
 * @param errors   rows left out, with the reason
 */
public record ImportResult(int recorded, int skipped, List<RowError> errors) {

    /** A row that could not be recorded: its row number in the sheet, a translation key and the value. */
    public record RowError(long row, String reasonKey, String value) {
    }
}
