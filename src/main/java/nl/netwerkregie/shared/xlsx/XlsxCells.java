package nl.netwerkregie.shared.xlsx;

import java.math.BigDecimal;
import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/** The cells every XLSX export writes alike (fastexcel, ADR 0005): a bold header row, and amounts in euro. */
public final class XlsxCells {

    /** Thousands grouped, two decimals: Excel shows it in the reader's own notation. */
    public static final String MONEY = "#,##0.00";

    private XlsxCells() {
    }

    /** The texts in bold in row 0 (as text cells, never formulas). */
    public static void header(Worksheet sheet, List<String> header) {
        for (int c = 0; c < header.size(); c++) {
            sheet.value(0, c, header.get(c));
            sheet.style(0, c).bold().set();
        }
    }

    /** An amount as a number (so Excel can sum it) in the money format; nothing for null. */
    public static void money(Worksheet sheet, int r, int c, BigDecimal amount) {
        if (amount != null) {
            sheet.value(r, c, amount);
            sheet.style(r, c).format(MONEY).set();
        }
    }
}
