package nl.netwerkregie.annualplan;

import java.math.BigDecimal;

/** One income line: a sub-network's subsidy, the member contributions, or other income. */
public record IncomeLine(IncomeKind kind, String label, BigDecimal amount) {

    public IncomeLine {
        amount = Decimals.money(amount);
    }
}
