package nl.netwerkregie.budget.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.netwerkregie.budget.BudgetRealisationQueries;
import nl.netwerkregie.budget.BudgetService;
import nl.netwerkregie.budget.EntryRow;
import nl.netwerkregie.budget.ImportResult;
import nl.netwerkregie.budget.RealisationExport;
import nl.netwerkregie.budget.ThemeRealisation;
import nl.netwerkregie.budget.YearRealisation;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.document.DocumentService;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.NarrowScreens;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * "Realisatie jaar": a year's spending and income against its adopted jaarplan. Per theme begroot, besteed and
 * resterend (a chart and a table, the warnings in words), per assignment the same with the chair's reported use,
 * the income, and the entries. Coordinators record, correct, delete and import entries; the board reads along.
 */
@Route(value = "realisatie", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.BOARD_MEMBER})
public class RealisatieView extends VerticalLayout implements HasDynamicTitle {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    final Select<Integer> year = new Select<>();
    final H2 title = new H2();
    final Span plan = new Span();
    final Span summary = new Span();
    final Div warnings = new Div();
    final RealisationChart chart = new RealisationChart();
    final Grid<ThemeRealisation> themes;
    final Grid<nl.netwerkregie.budget.AssignmentRealisation> assignments;
    final Grid<nl.netwerkregie.budget.IncomeRealisation> income;
    final Grid<EntryRow> entries = new Grid<>();
    final Button add = new Button();
    final Span importMessages = new Span();
    private final BudgetRealisationQueries queries;
    private final BudgetService budget;
    private final Clock clock;
    private final DocumentService documents;
    private final boolean mayWrite;
    private final Div content = new Div();

    RealisatieView(BudgetRealisationQueries queries, BudgetService budget, RealisationExport export,
            DocumentService documents, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.documents = documents;
        this.budget = budget;
        this.clock = clock;
        this.mayWrite = currentUser.has(Role.COORDINATOR);
        Locale locale = getLocale();
        themes = RealisationTables.themes(this::getTranslation, locale);
        assignments = RealisationTables.assignments(this::getTranslation, locale);
        income = RealisationTables.income(this::getTranslation, locale);
        List<Integer> years = queries.years();
        title.setId("realisation-title");
        add(title);
        if (years.isEmpty()) {
            title.setText(getTranslation("nav.realisation"));
            add(new Paragraph(getTranslation("budget.noYears")));
            return;
        }
        year.setLabel(getTranslation("budget.year"));
        year.setId("realisation-year");
        year.setItems(years);
        int thisYear = LocalDate.now(clock).getYear();
        year.setValue(years.contains(thisYear) ? thisYear : years.get(0));
        year.addValueChangeListener(e -> refresh());
        add.setText(getTranslation("budget.add"));
        add.setId("realisation-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openEntry(null));
        add.setVisible(mayWrite);
        Anchor xlsx = new Anchor(DownloadHandler.fromInputStream(e -> {
            int chosen = year.getValue();
            byte[] bytes = export.xlsx(chosen, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), RealisationExport.fileName(chosen), XLSX,
                    bytes.length);
        }), getTranslation("budget.exportXlsx"));
        xlsx.setId("realisation-xlsx");
        HorizontalLayout toolbar = new HorizontalLayout(year, add, xlsx);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        plan.setId("realisation-plan");
        summary.setId("realisation-summary");
        warnings.setId("realisation-warnings");
        configureEntries();
        content.add(new H3(getTranslation("budget.section.themes")), chart, themes,
                new H3(getTranslation("budget.section.assignments")), assignments,
                new H3(getTranslation("budget.section.income")), income,
                new H3(getTranslation("budget.section.entries")), entries);
        content.setWidthFull();
        add(toolbar, plan, summary, warnings);
        if (mayWrite) {
            add(importUpload(), importMessages);
        }
        add(content);
        refresh();
    }

    private Upload importUpload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> getUI().ifPresent(ui -> ui.access(
                () -> imported(data)))));
        upload.setId("realisation-import");
        upload.setAcceptedFileTypes(XLSX, ".xlsx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(4 * 1024 * 1024);
        upload.setUploadButton(new Button(getTranslation("budget.importXlsx")));
        importMessages.setId("realisation-import-messages");
        return upload;
    }

    void imported(byte[] data) {
        java.util.concurrent.atomic.AtomicReference<ImportResult> read = new java.util.concurrent.atomic.AtomicReference<>();
        if (!UiErrors.attempt(() -> read.set(budget.importXlsx(data)))) {
            return;
        }
        ImportResult result = read.get();
        UiErrors.showSuccess(getTranslation("budget.imported", String.valueOf(result.recorded()),
                String.valueOf(result.skipped()), String.valueOf(result.errors().size())));
        importMessages.setText(String.join(" ", result.errors().stream().map(err -> getTranslation(
                "budget.import.row", String.valueOf(err.row()), getTranslation(err.reasonKey(), err.value()))).toList()));
        refresh();
    }

    private void configureEntries() {
        Locale locale = getLocale();
        entries.setId("realisation-entries");
        entries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        entries.setAllRowsVisible(true);
        Grid.Column<EntryRow> date = entries.addColumn(e -> Formats.date(e.date(), locale))
                .setHeader(getTranslation("budget.entry.date"));
        entries.addColumn(e -> getTranslation("budget.kind." + e.kind())).setHeader(getTranslation("budget.entry.kind"));
        Grid.Column<EntryRow> amount = entries.addColumn(e -> Formats.euro(e.amount(), locale))
                .setHeader(getTranslation("budget.entry.amount"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END);
        Grid.Column<EntryRow> description = entries.addColumn(EntryRow::description)
                .setHeader(getTranslation("budget.entry.description")).setFlexGrow(2);
        entries.addColumn(e -> e.theme() != null ? e.theme() : e.incomeLine())
                .setHeader(getTranslation("budget.entry.theme") + " / " + getTranslation("budget.entry.incomeLine"));
        entries.addComponentColumn(e -> new EntryActions(e, mayWrite, documents::content, this::openEntry, this::delete))
                .setKey("actions").setAutoWidth(true);
        NarrowScreens.keepOnly(entries, date, amount, description, entries.getColumnByKey("actions"));
        entries.setEmptyStateText(getTranslation("budget.none"));
    }

    void openEntry(EntryRow row) {
        new EntryDialog(budget, queries.choices(year.getValue()), row, LocalDate.now(clock), this::refresh).open();
    }

    private void delete(EntryRow row) {
        if (UiErrors.attempt(() -> budget.delete(row.id(), row.version()))) {
            UiErrors.showSuccess(getTranslation("budget.deleted"));
            refresh();
        }
    }

    void refresh() {
        Locale locale = getLocale();
        int chosen = year.getValue();
        title.setText(getTranslation("budget.title", String.valueOf(chosen)));
        YearRealisation realisation = queries.ofYear(chosen).orElse(null);
        content.setVisible(realisation != null);
        if (realisation == null) {
            plan.setText(getTranslation("budget.noAdoptedPlan", String.valueOf(chosen)));
            return;
        }
        plan.setText(getTranslation("budget.plan", realisation.planTitle(), String.valueOf(chosen)));
        summary.setText(getTranslation("budget.summary", Formats.euro(realisation.budgetedCosts(), locale),
                Formats.euro(realisation.spent(), locale), Formats.euro(realisation.remaining(), locale),
                Formats.euro(realisation.budgetedIncome(), locale), Formats.euro(realisation.received(), locale)));
        warnings.removeAll();
        List<ThemeRealisation> warned = realisation.warned();
        warnings.add(new Span(getTranslation("budget.warnings") + ": "));
        if (warned.isEmpty()) {
            warnings.add(new Span(getTranslation("budget.noWarnings")));
        }
        warned.forEach(t -> {
            Div line = new Div(RealisationTables.badge(t.warning(), this::getTranslation), new Span(" " + getTranslation(
                    "budget.warning.line", t.theme(), getTranslation("budget.warning." + t.warning()),
                    Formats.euro(t.spent(), locale), Formats.euro(t.budgeted(), locale))));
            line.addClassName("realisation-warning");
            warnings.add(line);
        });
        chart.show(realisation, locale);
        themes.setItems(realisation.themes());
        assignments.setItems(realisation.assignments());
        income.setItems(realisation.income());
        entries.setItems(queries.entries(chosen));
    }

    @Override
    public String getPageTitle() {
        return year.getValue() == null ? getTranslation("nav.realisation")
                : getTranslation("budget.title", String.valueOf(year.getValue()));
    }
}
