package nl.netwerkregie.shared.ui;

import java.util.Map;
import java.util.List;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.component.grid.GridSortOrder;
import nl.netwerkregie.shared.format.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.shared.task.CaseOverviewService;
import nl.netwerkregie.shared.task.OpenCase;

/** "Lopende zaken": the coordinators' overview of every open case, late ones easy to spot. */
@Route(value = "zaken", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARY})
public class CasesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<OpenCase> grid = new Grid<>();
    final ComboBox<String> caseType = new ComboBox<>();

    /** The sort property of the age column: the only order the engine can page by. */
    static final String STARTED = "started";

    CasesView(CaseOverviewService overview, UserDirectory users, Clock clock) {
        setSizeFull();
        HolderNames names = new HolderNames(users, this);
        grid.setId("case-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> getTranslation(c.caseSummary().caseTypeKey())).setHeader(getTranslation("tasks.column.caseType"));
        Grid.Column<OpenCase> subject = grid.addColumn(c -> c.caseSummary().subject()).setHeader(getTranslation("tasks.column.subject")).setFlexGrow(2);
        grid.addComponentColumn(this::steps).setKey("steps").setHeader(getTranslation("cases.column.step")).setFlexGrow(2);
        grid.addColumn(c -> names.of(String.join(", ", c.holders()))).setHeader(getTranslation("cases.column.holder"));
        var age = grid.addColumn(c -> Formats.ageInDays(c.started(), Instant.now(clock)))
                .setKey("age").setHeader(getTranslation("tasks.column.ageDays")).setSortable(true).setSortProperty(STARTED);
        grid.addComponentColumn(c -> new DueBadge(c.due(), c.late())).setHeader(getTranslation("tasks.column.due"))
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("cases.empty"));
        NarrowScreens.keepOnly(grid, subject, age);
        RowOpening.onClickOrEnter(grid, row -> {
            if (row.caseSummary().route() != null) {
                getUI().ifPresent(ui -> ui.navigate(row.caseSummary().route()));
            }
        });

        Map<String, String> caseTypes = overview.caseTypes();
        caseType.setPlaceholder(getTranslation("tasks.caseType.all"));
        caseType.setClearButtonVisible(true);
        caseType.setItems(caseTypes.keySet().stream()
                .sorted(Comparator.comparing(process -> getTranslation(caseTypes.get(process)))).toList());
        caseType.setItemLabelGenerator(process -> getTranslation(caseTypes.get(process)));
        // Paged by the engine, a page at a time as the user scrolls; no count (it grows with the cases), so the
        // grid scrolls on while pages come. Oldest first, as the coordinators asked; the age column turns it round.
        grid.setItems(query -> overview.openCases(caseType.getValue(), newestFirst(query.getSortOrders()),
                query.getOffset(), query.getLimit()).stream());
        grid.sort(List.of(new GridSortOrder<>(age, SortDirection.DESCENDING)));
        caseType.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        add(new H2(getTranslation("cases.title")), caseType, grid);
    }

    /** The age column sorted ascending (youngest first) is the newest cases first. */
    private static boolean newestFirst(List<QuerySortOrder> sortOrders) {
        return sortOrders.stream().anyMatch(o -> STARTED.equals(o.getSorted())
                && o.getDirection() == SortDirection.ASCENDING);
    }

    /** The open steps, and a red badge per step that failed after its retries: the operator must act. */
    private Component steps(OpenCase openCase) {
        Div cell = new Div(new Span(String.join(", ", openCase.steps())));
        for (String failed : openCase.failedSteps()) {
            Span badge = new Span(getTranslation("cases.failedStep", failed));
            badge.getElement().getThemeList().add("badge error");
            badge.getElement().setAttribute("title", getTranslation("cases.failedStep.help"));
            badge.addClassName("failed-step");
            cell.add(new Div(badge));
        }
        return cell;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.title") + " – Netwerkregie";
    }
}
