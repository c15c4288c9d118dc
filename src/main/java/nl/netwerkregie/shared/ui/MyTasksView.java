package nl.netwerkregie.shared.ui;

import nl.netwerkregie.shared.task.TaskFilter;
import java.util.Map;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.provider.QuerySortOrder;
import nl.netwerkregie.shared.format.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.shared.task.NewTasks;
import nl.netwerkregie.shared.task.TaskListService;
import nl.netwerkregie.shared.task.TaskRow;

/**
 * "Mijn taken": what the user (or their group) has to do, with the case each task belongs to. Right after login,
 * a user without tasks whose menu starts with another page (a member contact: Mijn organisatie) lands there.
 */
@Route(value = "", layout = MainLayout.class)
@RouteAlias(value = "taken", layout = MainLayout.class)
@PermitAll
public class MyTasksView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final String LANDED = MyTasksView.class.getName() + ".landed";

    private final List<NavigationEntry> entries;
    private final TaskListService tasks;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final HolderNames names;
    private final NewTasks newTasks;
    /** The rows the grid fetched that the user has not opened yet: the page's, not all of the user's tasks. */
    private final Set<String> unseen = new java.util.HashSet<>();
    final Grid<TaskRow> grid = new Grid<>();
    final TextField search = new TextField();
    final ComboBox<String> caseType = new ComboBox<>();

    MyTasksView(TaskListService tasks, NewTasks newTasks, CurrentUser currentUser, UserDirectory users, Clock clock,
            List<NavigationEntry> entries) {
        this.entries = entries;
        this.newTasks = newTasks;
        this.names = new HolderNames(users, this);
        this.tasks = tasks;
        this.currentUser = currentUser;
        this.clock = clock;
        setSizeFull();
        H2 title = new H2(getTranslation("tasks.title"));
        title.setId("tasks-title");

        search.setId("task-search");
        search.setPlaceholder(getTranslation("tasks.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> applyFilter());
        caseType.setPlaceholder(getTranslation("tasks.caseType.all"));
        caseType.setClearButtonVisible(true);
        Map<String, String> caseTypes = tasks.caseTypes();
        caseType.setItems(caseTypes.keySet().stream()
                .sorted(Comparator.comparing(process -> getTranslation(caseTypes.get(process)))).toList());
        caseType.setItemLabelGenerator(process -> getTranslation(caseTypes.get(process)));
        caseType.addValueChangeListener(e -> applyFilter());

        configureGrid();
        HorizontalLayout filters = new HorizontalLayout(search, caseType);
        if (currentUser.has(Role.COORDINATOR)) {
            // A task a colleague took leaves this list; the team view still shows it, with who holds it.
            RouterLink team = new RouterLink(getTranslation("tasks.teamLink"), TeamView.class);
            team.setId("team-link");
            filters.add(team);
            filters.setAlignItems(Alignment.BASELINE);
        }
        add(title, filters, grid);
        refresh();
    }

    private void configureGrid() {
        grid.setId("task-grid");
        // On a phone the step and the subject wrap rather than end in "Stemm..." (issue 16).
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Locale locale = getLocale();
        grid.addComponentColumn(this::newMarker).setKey("new").setHeader(getTranslation("tasks.column.new"))
                .setAutoWidth(true).setFlexGrow(0);
        // Sorted by the engine: the columns it can order by (the case's kind and subject live in the features).
        grid.addColumn(t -> StepNames.of(t.taskDefinitionKey(), t.step(), this)).setHeader(getTranslation("tasks.column.step"))
                .setSortable(true).setSortProperty(TaskFilter.Order.STEP.name()).setFlexGrow(2);
        grid.addColumn(t -> getTranslation(t.caseSummary().caseTypeKey())).setKey("caseType")
                .setHeader(getTranslation("tasks.column.caseType"));
        grid.addColumn(t -> t.caseSummary().subject()).setHeader(getTranslation("tasks.column.subject")).setFlexGrow(2);
        grid.addColumn(t -> t.assignee() == null ? getTranslation("tasks.unassigned") : names.of(t.assignee()))
                .setKey("assignee").setHeader(getTranslation("tasks.column.assignee"));
        grid.addColumn(t -> Formats.ageInDays(t.created(), Instant.now(clock)))
                .setKey("ageDays").setHeader(getTranslation("tasks.column.ageDays")).setSortable(true)
                .setSortProperty(TaskFilter.Order.CREATED.name());
        grid.addComponentColumn(t -> new DueBadge(t.due(), t.late())).setHeader(getTranslation("tasks.column.due"))
                .setSortable(true).setSortProperty(TaskFilter.Order.DUE.name()).setAutoWidth(true);
        grid.addColumn(t -> t.followUp() == null ? "" : Formats.date(t.followUp(), locale)).setKey("followUp")
                .setHeader(getTranslation("task.followUp.column")).setSortable(true)
                .setSortProperty(TaskFilter.Order.FOLLOW_UP.name());
        grid.addComponentColumn(this::claimButton).setHeader("").setAutoWidth(true).setFlexGrow(0);
        RowOpening.onClickOrEnter(grid, this::open);
        // On a phone the header's count says how many are new; the row keeps what the task is and when it is due.
        NarrowScreens.keepOnlyKeyColumns(grid, "new", "caseType", "assignee", "ageDays", "followUp");
        grid.setEmptyStateText(getTranslation("tasks.empty"));
        Objects.requireNonNull(locale);
    }

    /** "nieuw" until the user opens the task (the header counts those); a column of its own, beside the step. */
    private com.vaadin.flow.component.Component newMarker(TaskRow task) {
        if (!unseen.contains(task.id())) {
            return new Span();
        }
        Span marker = new Span(getTranslation("tasks.new"));
        marker.getElement().getThemeList().add("badge pill small");
        marker.addClassName("new-task");
        return marker;
    }

    private com.vaadin.flow.component.Component claimButton(TaskRow task) {
        Button button;
        if (task.assignee() == null) {
            button = new Button(getTranslation("tasks.claim"), e -> {
                if (UiErrors.attempt(() -> tasks.claim(task.id()))) {
                    refresh();
                }
            });
        } else if (task.isAssignedTo(currentUser.username()) && task.shared()) {
            button = new Button(getTranslation("tasks.unclaim"), e -> {
                if (UiErrors.attempt(() -> tasks.unclaim(task.id()))) {
                    refresh();
                }
            });
        } else {
            return new com.vaadin.flow.component.html.Span();
        }
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void open(TaskRow task) {
        getUI().ifPresent(ui -> ui.navigate(TaskView.class, new RouteParameters("taskId", task.id())));
    }

    /** Only the first page of the session lands elsewhere; Mijn taken from the menu stays Mijn taken. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null || session.getAttribute(LANDED) != null) {
            return;
        }
        session.setAttribute(LANDED, Boolean.TRUE);
        if (tasks.hasTasks()) {
            return;
        }
        entries.stream().filter(e -> e.roles().stream().anyMatch(currentUser::has))
                .min(Comparator.comparingInt(NavigationEntry::order))
                .filter(first -> first.view() != MyTasksView.class)
                .ifPresent(first -> event.forwardTo(first.view()));
    }

    /** A page at a time from the engine, as the user scrolls; no count, which grows with the tasks (issue 15). */
    void refresh() {
        unseen.clear();
        grid.setItems(query -> {
            List<TaskRow> page = tasks.myTasks(filter(query.getSortOrders()), query.getOffset(), query.getLimit());
            unseen.addAll(newTasks.unseenAmong(page.stream().map(TaskRow::id).toList()));
            return page.stream();
        });
    }

    private TaskFilter filter(List<QuerySortOrder> sortOrders) {
        QuerySortOrder sorted = sortOrders.isEmpty() ? null : sortOrders.get(0);
        return new TaskFilter(search.getValue(), caseType.getValue(),
                sorted == null ? TaskFilter.Order.CREATED : TaskFilter.Order.valueOf(sorted.getSorted()),
                sorted != null && sorted.getDirection() == SortDirection.DESCENDING);
    }

    private void applyFilter() {
        unseen.clear();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tasks.title") + " – Netwerkregie";
    }
}
