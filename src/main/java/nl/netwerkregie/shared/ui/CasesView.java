package nl.netwerkregie.shared.ui;

import nl.netwerkregie.shared.format.Formats;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.ListDataProvider;
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

    CasesView(CaseOverviewService overview, UserDirectory users, Clock clock) {
        setSizeFull();
        HolderNames names = new HolderNames(users, this);
        ListDataProvider<OpenCase> data = new ListDataProvider<>(overview.openCases());
        grid.setId("case-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> getTranslation(c.caseSummary().caseTypeKey())).setHeader(getTranslation("tasks.column.caseType"))
                .setSortable(true);
        grid.addColumn(c -> c.caseSummary().subject()).setHeader(getTranslation("tasks.column.subject"))
                .setSortable(true).setFlexGrow(2);
        grid.addComponentColumn(this::steps).setKey("steps").setHeader(getTranslation("cases.column.step")).setFlexGrow(2);
        grid.addColumn(c -> names.of(String.join(", ", c.holders()))).setHeader(getTranslation("cases.column.holder"));
        grid.addColumn(c -> Formats.ageInDays(c.started(), Instant.now(clock))).setHeader(getTranslation("tasks.column.ageDays"))
                .setSortable(true).setComparator(Comparator.comparing(OpenCase::started, Comparator.nullsLast(Comparator.naturalOrder())));
        grid.addComponentColumn(c -> new DueBadge(c.due(), c.late())).setHeader(getTranslation("tasks.column.due")).setSortable(true).setAutoWidth(true)
                .setComparator(Comparator.comparing(OpenCase::due, Comparator.nullsLast(Comparator.naturalOrder())));
        grid.setItems(data);
        grid.setEmptyStateText(getTranslation("cases.empty"));
        grid.addItemClickListener(e -> {
            if (e.getItem().caseSummary().route() != null) {
                getUI().ifPresent(ui -> ui.navigate(e.getItem().caseSummary().route()));
            }
        });

        caseType.setPlaceholder(getTranslation("tasks.caseType.all"));
        caseType.setClearButtonVisible(true);
        caseType.setItemLabelGenerator(this::getTranslation);
        caseType.setItems(data.getItems().stream().map(c -> c.caseSummary().caseTypeKey()).distinct().sorted().toList());
        caseType.addValueChangeListener(e -> data.setFilter(c -> e.getValue() == null
                || e.getValue().equals(c.caseSummary().caseTypeKey())));

        add(new H2(getTranslation("cases.title")), caseType, grid);
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
