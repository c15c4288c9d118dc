package nl.netwerkregie.annualreport;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What was spent and received in the year, per jaarplan theme, as the budget realisation records it.
 * Until the budget realisation is wired in, nothing is recorded: the report shows the begroting only.
 */
@Component
class SpendingOfTheYear {

    Map<String, BigDecimal> perTheme(int year) {
        return Map.of();
    }

    /** The subsidy recorded as received, or null when nothing was recorded. */
    BigDecimal subsidyReceived(int year) {
        return null;
    }
}
