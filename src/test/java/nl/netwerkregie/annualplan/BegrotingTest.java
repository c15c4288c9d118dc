package nl.netwerkregie.annualplan;

import static nl.netwerkregie.annualplan.CostItem.units;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The begroting's arithmetic: line items, percentages, cents, totals, the split and the warnings. */
class BegrotingTest {

    private static PlanContent plan(BigDecimal budget, List<ThemePlan> themes, List<IncomeLine> income,
            List<SplitLine> split) {
        return new PlanContent("Test", null, null, budget, new BigDecimal("250.00"), themes, income, split);
    }

    private static final List<IncomeLine> TWENTE_SUBSIDY = List.of(
            new IncomeLine(IncomeKind.SUBSIDY, "EHNOT", new BigDecimal("122091.00")),
            new IncomeLine(IncomeKind.SUBSIDY, "NWT", new BigDecimal("103888.00")),
            new IncomeLine(IncomeKind.SUBSIDY, "MT", new BigDecimal("74730.00")),
            new IncomeLine(IncomeKind.CONTRIBUTIONS, "Contributie", new BigDecimal("5000.00")));

    @Test
    void unitCostTimesCountTimesParticipants() {
        Begroting b = Begroting.of(plan(null, List.of(), List.of(), List.of()));
        assertThat(b.itemTotal(units("Bijeenkomsten", "200", 20, null))).isEqualByComparingTo("4000.00");
        assertThat(b.itemTotal(units("Catering", "15", 14, 25))).isEqualByComparingTo("5250.00");
        assertThat(b.itemTotal(units("Wensenboekjes", "1.12", 10000, null))).isEqualByComparingTo("11200.00");
        assertThat(b.itemTotal(units("Niets", "19.99", 0, 10))).isEqualByComparingTo("0.00");
        assertThat(b.itemTotal(units("Cent", "0.01", 3, 7))).isEqualTo(new BigDecimal("0.21"));
    }

    @Test
    void aPercentageItemTakesItsShareOfTheBaseRoundedHalfUpToCents() {
        Begroting twente = Begroting.of(plan(new BigDecimal("140000.00"), List.of(), TWENTE_SUBSIDY, List.of()));
        // Twente 2025: 2% of the total subsidy of the three networks goes to the VNPZ.
        assertThat(twente.itemTotal(CostItem.percentage("Afdracht VNPZ", "2", PercentageBase.TOTAL_SUBSIDY)))
                .isEqualTo(new BigDecimal("6014.18"));
        assertThat(twente.itemTotal(CostItem.percentage("Alles", "1", PercentageBase.TOTAL_INCOME)))
                .isEqualTo(new BigDecimal("3057.09"));
        assertThat(twente.itemTotal(CostItem.percentage("Reserve", "2.5", PercentageBase.PROJECT_BUDGET)))
                .isEqualTo(new BigDecimal("3500.00"));
        // 0.5% of 100.10 is 0.5005: half up to 0.50; 1.5% of 100.10 is 1.5015: 1.50; 0.75% of 0.70 is 0.00525: 0.01.
        Begroting small = Begroting.of(plan(new BigDecimal("100.10"), List.of(), List.of(), List.of()));
        assertThat(small.itemTotal(CostItem.percentage("a", "0.5", PercentageBase.PROJECT_BUDGET))).isEqualTo(new BigDecimal("0.50"));
        assertThat(small.itemTotal(CostItem.percentage("b", "1.5", PercentageBase.PROJECT_BUDGET))).isEqualTo(new BigDecimal("1.50"));
        Begroting tiny = Begroting.of(plan(new BigDecimal("0.70"), List.of(), List.of(), List.of()));
        assertThat(tiny.itemTotal(CostItem.percentage("c", "0.75", PercentageBase.PROJECT_BUDGET))).isEqualTo(new BigDecimal("0.01"));
    }

    @Test
    void themeAndOverallTotalsAreSumsOfTheRoundedLines() {
        ThemePlan a = new ThemePlan("A", null, null, List.of(units("x", "0.01", 1, null),
                CostItem.percentage("y", "0.5", PercentageBase.PROJECT_BUDGET)));
        ThemePlan b = new ThemePlan("B", null, null, List.of(units("z", "10.10", 3, null)));
        Begroting begroting = Begroting.of(plan(new BigDecimal("100.10"), List.of(a, b), List.of(), List.of()));
        assertThat(begroting.themeTotal(a)).isEqualTo(new BigDecimal("0.51"));
        assertThat(begroting.themeTotal(b)).isEqualTo(new BigDecimal("30.30"));
        assertThat(begroting.totalCosts()).isEqualTo(new BigDecimal("30.81"));
        assertThat(begroting.warnings()).isEmpty();
    }

    @Test
    void theTwenteDemoPlanHasTheDocumentsItemsAsPrinted() {
        PlanContent twente = TwenteJaarplan2025.content();
        Begroting begroting = Begroting.of(twente);
        assertThat(twente.themes()).extracting(begroting::themeTotal).containsExactly(new BigDecimal("66304.00"),
                new BigDecimal("15030.00"), new BigDecimal("35916.00"), new BigDecimal("21550.00"));
        assertThat(begroting.totalCosts()).as("under the project budget of 140.000,00")
                .isEqualTo(new BigDecimal("138800.00"));
        assertThat(begroting.totalSubsidy()).isEqualTo(new BigDecimal("300709.00"));
        assertThat(begroting.splitAddsUp()).as("the document splits the budget of 140.000,00").isFalse();
        assertThat(begroting.warnings()).extracting(BegrotingWarning::key)
                .containsExactly("jaarplan.warning.splitMismatch");
        PlanContentRules.validate(twente);
    }

    @Test
    void theSplitMustAddUpInAmountsOrFractions() {
        ThemePlan theme = new ThemePlan("A", null, null, List.of(units("x", "1000", 140, null)));
        List<ThemePlan> themes = List.of(theme);
        Begroting fractions = Begroting.of(plan(null, themes, List.of(), List.of(
                new SplitLine("EHNOT", null, new BigDecimal("0.6")), new SplitLine("NWT", null, new BigDecimal("0.4")),
                new SplitLine("MT", null, BigDecimal.ZERO))));
        assertThat(fractions.splitAddsUp()).isTrue();
        assertThat(fractions.splitAmount(new SplitLine("EHNOT", null, new BigDecimal("0.6")))).isEqualTo(new BigDecimal("84000.00"));
        Begroting amounts = Begroting.of(plan(null, themes, List.of(), List.of(
                new SplitLine("EHNOT", new BigDecimal("80000"), null), new SplitLine("NWT", new BigDecimal("60000"), null))));
        assertThat(amounts.splitAddsUp()).isTrue();
        Begroting offByACent = Begroting.of(plan(null, themes, List.of(), List.of(
                new SplitLine("EHNOT", new BigDecimal("80000"), null), new SplitLine("NWT", new BigDecimal("59999.99"), null))));
        assertThat(offByACent.splitAddsUp()).isFalse();
        assertThat(offByACent.warnings()).extracting(BegrotingWarning::key).containsExactly("jaarplan.warning.splitMismatch");
        Begroting thirds = Begroting.of(plan(null, themes, List.of(), List.of(
                new SplitLine("a", null, new BigDecimal("0.333333")), new SplitLine("b", null, new BigDecimal("0.333333")),
                new SplitLine("c", null, new BigDecimal("0.333333")))));
        assertThat(thirds.splitAddsUp()).isFalse();
    }

    @Test
    void warnsOfCostsOverBudgetAndThemesWithoutItems() {
        ThemePlan full = new ThemePlan("Bewustwording", null, null, List.of(units("x", "100", 11, null)));
        ThemePlan empty = new ThemePlan("Samenwerking", null, null, List.of());
        Begroting begroting = Begroting.of(plan(new BigDecimal("1000.00"), List.of(full, empty), List.of(), List.of()));
        assertThat(begroting.warnings()).extracting(BegrotingWarning::key)
                .containsExactly("jaarplan.warning.overBudget", "jaarplan.warning.themeWithoutItems");
        assertThat(begroting.warnings().get(0).arguments()).containsExactly(new BigDecimal("1100.00"),
                new BigDecimal("1000.00"), new BigDecimal("100.00"));
        assertThat(begroting.warnings().get(1).arguments()).containsExactly("Samenwerking");
    }
}
