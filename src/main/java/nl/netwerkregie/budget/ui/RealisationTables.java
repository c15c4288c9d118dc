package nl.netwerkregie.budget.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Function;
import nl.netwerkregie.budget.AssignmentRealisation;
import nl.netwerkregie.budget.BudgetWarning;
import nl.netwerkregie.budget.IncomeRealisation;
import nl.netwerkregie.budget.ThemeRealisation;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.NarrowScreens;

/** The realisation's three tables: per theme, per assignment, the income. On a phone each keeps its key columns. */
final class RealisationTables {

    private RealisationTables() {
    }

    static Grid<ThemeRealisation> themes(Function<String, String> text, Locale locale) {
        Grid<ThemeRealisation> grid = grid("realisation-themes");
        Grid.Column<ThemeRealisation> theme = grid.addColumn(ThemeRealisation::theme)
                .setHeader(text.apply("budget.column.theme")).setFlexGrow(2);
        money(grid, text.apply("budget.column.budgeted"), ThemeRealisation::budgeted, locale);
        Grid.Column<ThemeRealisation> spent = money(grid, text.apply("budget.column.spent"), ThemeRealisation::spent, locale);
        money(grid, text.apply("budget.column.remaining"), ThemeRealisation::remaining, locale);
        Grid.Column<ThemeRealisation> warning = grid.addComponentColumn(t -> badge(t.warning(), text))
                .setHeader(text.apply("budget.column.warning"));
        NarrowScreens.keepOnly(grid, theme, spent, warning);
        return grid;
    }

    static Grid<AssignmentRealisation> assignments(Function<String, String> text, Locale locale) {
        Grid<AssignmentRealisation> grid = grid("realisation-assignments");
        Grid.Column<AssignmentRealisation> name = grid.addColumn(a -> a.werkgroepName() + ": " + a.doel())
                .setHeader(text.apply("budget.column.werkgroep")).setFlexGrow(2);
        money(grid, text.apply("budget.column.budgeted"), AssignmentRealisation::budgeted, locale);
        Grid.Column<AssignmentRealisation> spent = money(grid, text.apply("budget.column.spent"),
                AssignmentRealisation::spent, locale);
        money(grid, text.apply("budget.column.remaining"), AssignmentRealisation::remaining, locale);
        money(grid, text.apply("budget.column.reportedUsed"), AssignmentRealisation::reportedUsed, locale);
        money(grid, text.apply("budget.column.recordedSpent"), AssignmentRealisation::recordedSpent, locale);
        Grid.Column<AssignmentRealisation> difference = grid.addComponentColumn(a -> {
            Span span = new Span(a.difference() == null ? "" : Formats.euro(a.difference(), locale)
                    + (a.differs() ? " (" + text.apply("budget.differs") + ")" : ""));
            span.addClassName("realisation-difference");
            return span;
        }).setHeader(text.apply("budget.column.difference"));
        grid.addComponentColumn(a -> badge(a.warning(), text)).setHeader(text.apply("budget.column.warning"));
        NarrowScreens.keepOnly(grid, name, spent, difference);
        grid.setEmptyStateText(text.apply("budget.noAssignments"));
        return grid;
    }

    static Grid<IncomeRealisation> income(Function<String, String> text, Locale locale) {
        Grid<IncomeRealisation> grid = grid("realisation-income");
        grid.addColumn(i -> i.kind().equals(IncomeRealisation.CONTRIBUTIONS) && i.label() == null
                ? text.apply("budget.contributionsReceived")
                : text.apply("jaarplan.income." + i.kind()) + ": " + i.label())
                .setHeader(text.apply("budget.column.incomeLine")).setFlexGrow(2);
        grid.addColumn(i -> i.budgeted() == null ? text.apply("budget.notBudgeted") : Formats.euro(i.budgeted(), locale))
                .setHeader(text.apply("budget.column.budgeted"));
        money(grid, text.apply("budget.column.received"), IncomeRealisation::received, locale);
        return grid;
    }

    private static <T> Grid<T> grid(String id) {
        Grid<T> grid = new Grid<>();
        grid.setId(id);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static <T> Grid.Column<T> money(Grid<T> grid, String header, Function<T, BigDecimal> amount, Locale locale) {
        return grid.addColumn(row -> amount.apply(row) == null ? "" : Formats.euro(amount.apply(row), locale))
                .setHeader(header).setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
    }

    /** The signal in words, with a badge colour beside them. */
    static Span badge(BudgetWarning warning, Function<String, String> text) {
        Span badge = new Span(text.apply("budget.warning." + warning));
        badge.getElement().getThemeList().add(switch (warning) {
            case NONE -> "badge success";
            case NEAR -> "badge contrast";
            case OVER -> "badge error";
        });
        badge.addClassName("warning-" + warning.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
