package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.task.TeamTask;
import nl.netwerkregie.shared.task.TeamTasksService;

/**
 * "Taken van het team": every open task of the coordinators, also those a colleague took, with who works on it,
 * so nobody starts on a case a colleague is already handling. The step opens the task's page.
 */
@Route(value = "taken/team", layout = MainLayout.class)
@RolesAllowed(Roles.COORDINATOR)
public class TeamView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<TeamTask> grid = new Grid<>();
    final TextField search = new TextField();
    private final TeamTasksService team;
    private ListDataProvider<TeamTask> data = new ListDataProvider<>(List.of());

    TeamView(TeamTasksService team) {
        this.team = team;
        setSizeFull();
        H2 title = new H2(getTranslation("team.title"));
        title.setId("team-title");
        grid.setId("team-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(t -> new RouterLink(t.step(), TaskView.class, new RouteParameters("taskId", t.id())))
                .setKey("step").setHeader(getTranslation("tasks.column.step")).setSortable(true).setComparator(TeamTask::step)
                .setFlexGrow(2);
        grid.addColumn(t -> getTranslation(t.caseSummary().caseTypeKey()))
                .setHeader(getTranslation("tasks.column.caseType")).setSortable(true);
        grid.addColumn(t -> t.caseSummary().subject()).setHeader(getTranslation("tasks.column.subject"))
                .setSortable(true).setFlexGrow(2);
        grid.addColumn(t -> HolderText.of(t.holder(), this, getLocale())).setKey("holder")
                .setHeader(getTranslation("team.column.holder")).setSortable(true).setFlexGrow(2);
        grid.addComponentColumn(t -> new DueBadge(t.due(), t.late())).setHeader(getTranslation("tasks.column.due"))
                .setSortable(true).setAutoWidth(true)
                .setComparator(Comparator.comparing(TeamTask::due, Comparator.nullsLast(Comparator.naturalOrder())));
        grid.setEmptyStateText(getTranslation("team.empty"));
        // Who of us has the intake of Hospice X? Searches step, case and holder as shown.
        search.setId("team-search");
        search.setPlaceholder(getTranslation("tasks.search"));
        search.setAriaLabel(getTranslation("tasks.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter());
        add(title, new Paragraph(getTranslation("team.intro")), search, grid);
    }

    private void applyFilter() {
        String text = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        data.setFilter(t -> text.isEmpty() || (t.step() + " " + t.caseSummary().subject() + " "
                + getTranslation(t.caseSummary().caseTypeKey()) + " " + HolderText.of(t.holder(), this, getLocale()))
                .toLowerCase(Locale.ROOT).contains(text));
    }

    /** Read afresh on every visit, also from the menu while on this page: who holds what changes all day. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        data = new ListDataProvider<>(team.coordinatorTasks());
        grid.setItems(data);
        applyFilter();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.title") + " – Netwerkregie";
    }
}
