package nl.netwerkregie.selfevaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A member's section averages by year (the last submitted self-evaluation of each year), to compare them.
 *
 * @param years    the years with a submitted self-evaluation, oldest first
 * @param sections the sections in the order of the latest self-evaluation, then older ones
 * @param averages section → year → average (absent when that year had no such section or no score in it)
 */
public record ScoresOverYears(List<Integer> years, List<String> sections,
        Map<String, Map<Integer, BigDecimal>> averages) {

    public BigDecimal average(String section, int year) {
        return averages.getOrDefault(section, Map.of()).get(year);
    }
}
