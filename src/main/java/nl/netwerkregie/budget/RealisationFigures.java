package nl.netwerkregie.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import nl.netwerkregie.annualplan.Begroting;
import nl.netwerkregie.annualplan.IncomeKind;
import nl.netwerkregie.annualplan.IncomeLine;
import nl.netwerkregie.annualplan.JaarplanView;
import nl.netwerkregie.annualplan.ThemePlan;
import nl.netwerkregie.shared.theme.ThemeCommitments;
import nl.netwerkregie.workinggroup.AssignmentBudget;

/** Computes a year's realisation from the adopted plan, the year's entries, the assignments and the contributions. */
final class RealisationFigures {

    private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private RealisationFigures() {
    }

    /**
     * @param spentAllYears spending recorded per assignment over every year (for the reconciliation)
     */
    static YearRealisation of(JaarplanView plan, List<EntryRow> entries, List<AssignmentBudget> assignments,
            Map<Long, BigDecimal> spentAllYears, BigDecimal contributionsReceived) {
        Begroting begroting = plan.begroting();
        List<EntryRow> spending = entries.stream().filter(e -> e.kind() == EntryKind.SPENDING).toList();
        List<ThemeRealisation> themes = new ArrayList<>();
        for (ThemePlan theme : plan.content().themes()) {
            String key = ThemeCommitments.key(theme.name());
            themes.add(ThemeRealisation.of(theme.name(), begroting.themeTotal(theme),
                    sum(spending, e -> ThemeCommitments.key(e.theme()).equals(key))));
        }
        List<AssignmentRealisation> perAssignment = assignments.stream().map(a -> {
            BigDecimal budget = a.budget() == null ? ZERO : a.budget().setScale(2);
            BigDecimal spent = sum(spending, e -> e.assignmentId() != null && e.assignmentId() == a.assignmentId());
            BigDecimal recorded = spentAllYears.getOrDefault(a.assignmentId(), ZERO).setScale(2);
            BigDecimal reported = a.reportedUsed() == null ? null : a.reportedUsed().setScale(2);
            return new AssignmentRealisation(a.assignmentId(), a.werkgroepName(), a.doel(), a.theme(), budget, spent,
                    budget.subtract(spent), BudgetWarning.of(budget, spent), reported, recorded,
                    reported == null ? null : reported.subtract(recorded));
        }).toList();
        List<IncomeRealisation> income = income(plan.content().income(), entries, contributionsReceived);
        BigDecimal received = income.stream().map(IncomeRealisation::received).reduce(ZERO, BigDecimal::add);
        BigDecimal budgetedIncome = income.stream().map(IncomeRealisation::budgeted).filter(b -> b != null)
                .reduce(ZERO, BigDecimal::add);
        BigDecimal budgetedCosts = themes.stream().map(ThemeRealisation::budgeted).reduce(ZERO, BigDecimal::add);
        return new YearRealisation(plan.year(), plan.id(), plan.content().title(), themes, perAssignment, income,
                budgetedCosts, sum(spending, e -> true), budgetedIncome, received);
    }

    private static List<IncomeRealisation> income(List<IncomeLine> lines, List<EntryRow> entries,
            BigDecimal contributionsReceived) {
        List<EntryRow> incoming = entries.stream().filter(e -> e.kind() == EntryKind.INCOME).toList();
        List<IncomeRealisation> rows = new ArrayList<>();
        boolean contributionsShown = false;
        for (IncomeLine line : lines) {
            if (line.kind() == IncomeKind.CONTRIBUTIONS) {
                rows.add(new IncomeRealisation(line.kind().name(), line.label(), line.amount(),
                        contributionsShown ? ZERO : contributionsReceived));
                contributionsShown = true;
            } else {
                rows.add(new IncomeRealisation(line.kind().name(), line.label(), line.amount(),
                        sum(incoming, e -> line.label().equals(e.incomeLine()))));
            }
        }
        if (!contributionsShown) {
            rows.add(new IncomeRealisation(IncomeRealisation.CONTRIBUTIONS, null, null, contributionsReceived));
        }
        return rows;
    }

    private static BigDecimal sum(List<EntryRow> entries, Predicate<EntryRow> which) {
        return entries.stream().filter(which).map(EntryRow::amount).reduce(ZERO, BigDecimal::add).setScale(2);
    }
}
