package nl.netwerkregie.annualplan;

import static nl.netwerkregie.annualplan.CostItem.units;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plan's budget per theme set against the budgets of approved werkgroep assignments. */
class ThemeBudgetTest {

    private static final PlanContent PLAN = new PlanContent("Plan", null, null, null, null, List.of(
            new ThemePlan("Scholing", null, null, List.of(units("Bijeenkomsten", "500", 4, null))),
            new ThemePlan("Bewustwording", null, null, List.of(units("Folders", "0.50", 1000, null))),
            new ThemePlan("Netwerk", null, null, List.of())), List.of(), List.of());

    @Test
    void eachPlanThemeInOrderWithWhatIsCommittedMatchedWithoutCaseOrSpaces() {
        Map<String, BigDecimal> committed = new LinkedHashMap<>();
        committed.put("scholing", new BigDecimal("1200"));
        committed.put(" SCHOLING ", new BigDecimal("300.005"));
        committed.put("Bewustwording", new BigDecimal("600"));

        List<ThemeBudget> rows = ThemeBudget.compare(PLAN, committed);

        assertThat(rows).extracting(ThemeBudget::theme).containsExactly("Scholing", "Bewustwording", "Netwerk");
        assertThat(rows.get(0).budgeted()).isEqualByComparingTo("2000.00");
        assertThat(rows.get(0).committed()).isEqualTo(new BigDecimal("1500.01"));
        assertThat(rows.get(0).overCommitted()).isFalse();
        assertThat(rows.get(1).budgeted()).isEqualByComparingTo("500.00");
        assertThat(rows.get(1).overCommitted()).as("600 committed against 500 budgeted").isTrue();
        assertThat(rows.get(2).committed()).isEqualByComparingTo("0");
        assertThat(rows.get(2).overCommitted()).isFalse();
    }

    @Test
    void themesOnlyAssignmentsNameComeLastWithoutABudgetAndAlwaysWarn() {
        Map<String, BigDecimal> committed = new LinkedHashMap<>();
        committed.put("Rouwzorg", new BigDecimal("800"));
        committed.put("", new BigDecimal("100"));

        List<ThemeBudget> rows = ThemeBudget.compare(PLAN, committed);

        assertThat(rows).extracting(ThemeBudget::theme)
                .containsExactly("Scholing", "Bewustwording", "Netwerk", "Rouwzorg", "");
        ThemeBudget outside = rows.get(3);
        assertThat(outside.inPlan()).isFalse();
        assertThat(outside.budgeted()).isNull();
        assertThat(outside.committed()).isEqualTo(new BigDecimal("800.00"));
        assertThat(outside.overCommitted()).isTrue();
    }

    @Test
    void withoutCommitmentsEveryThemeShowsOnlyItsBudget() {
        List<ThemeBudget> rows = ThemeBudget.compare(PLAN, Map.of());
        assertThat(rows).hasSize(3).allSatisfy(r -> {
            assertThat(r.committed()).isEqualByComparingTo("0");
            assertThat(r.overCommitted()).isFalse();
        });
    }
}
