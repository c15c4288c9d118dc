package nl.netwerkregie.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.task.TaskFilter;
import nl.netwerkregie.shared.task.TeamTask;
import nl.netwerkregie.shared.task.TeamTasksService;

/**
 * "Taken van het team": every open task of the coordinators, also those a colleague took, with who works on it,
 * so nobody starts on a case a colleague is already handling. The step opens the task's page. A page at a time
 * from the engine, as the coordinator scrolls: an installation's coordinators may share thousands of tasks.
 */
@Route(value = "taken/team", layout = MainLayout.class)
@RolesAllowed(Roles.COORDINATOR)
public class TeamView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<TeamTask> grid = new Grid<>();
    final TextField search = new TextField();
    private final TeamTasksService team;

    TeamView(TeamTasksService team) {
        this.team = team;
        setSizeFull();
        H2 title = new H2(getTranslation("team.title"));
        title.setId("team-title");
        grid.setId("team-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(t -> new RouterLink(StepNames.of(t.taskDefinitionKey(), t.step(), this), TaskView.class, new RouteParameters("taskId", t.id())))
                .setKey("step").setHeader(getTranslation("tasks.column.step")).setSortable(true)
                .setSortProperty(TaskFilter.Order.STEP.name()).setFlexGrow(2);
        // The engine pages and sorts (issue 15): the columns it can order by are sortable, the features' own
        // texts (kind, subject, the holder's name) are searched instead.
        grid.addColumn(t -> getTranslation(t.caseSummary().caseTypeKey()))
                .setHeader(getTranslation("tasks.column.caseType"));
        Grid.Column<TeamTask> subject = grid.addColumn(t -> t.caseSummary().subject()).setHeader(getTranslation("tasks.column.subject"))
                .setFlexGrow(2);
        Grid.Column<TeamTask> holder = grid.addColumn(t -> HolderText.of(t.holder(), this, getLocale())).setKey("holder")
                .setHeader(getTranslation("team.column.holder")).setFlexGrow(2);
        grid.addComponentColumn(t -> new DueBadge(t.due(), t.late())).setHeader(getTranslation("tasks.column.due"))
                .setSortable(true).setSortProperty(TaskFilter.Order.DUE.name()).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("team.empty"));
        NarrowScreens.keepOnly(grid, subject, holder);
        // Who of us has the intake of Hospice X? Searches step, case subject and number, and the holder's name.
        search.setId("team-search");
        search.setPlaceholder(getTranslation("tasks.search"));
        search.setAriaLabel(getTranslation("tasks.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter());
        add(title, new Paragraph(getTranslation("team.intro")), search, grid);
    }

    private void applyFilter() {
        grid.getDataProvider().refreshAll();
    }

    /** Read afresh on every visit, also from the menu while on this page: who holds what changes all day. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.setItems(query -> team.coordinatorTasks(filter(query.getSortOrders()), query.getOffset(),
                query.getLimit()).stream());
    }

    /** The search and the column sorted by; at first the soonest due. */
    private TaskFilter filter(List<QuerySortOrder> sortOrders) {
        if (sortOrders.isEmpty()) {
            return new TaskFilter(search.getValue(), null, TaskFilter.Order.DUE, false);
        }
        QuerySortOrder sorted = sortOrders.get(0);
        return new TaskFilter(search.getValue(), null, TaskFilter.Order.valueOf(sorted.getSorted()),
                sorted.getDirection() == SortDirection.DESCENDING);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team.title") + " – Netwerkregie";
    }
}
