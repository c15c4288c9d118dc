package nl.netwerkregie.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.shared.task.OpenCase;
import nl.netwerkregie.shared.task.TaskListService;
import nl.netwerkregie.shared.task.TaskRow;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Mijn taken", a task's page and "Lopende zaken", without a browser. */
class TaskViewsTest extends UiTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    TaskListService taskListService;
    @Autowired
    nl.netwerkregie.security.UserDirectory users;
    String processInstanceId;
    String businessKey;

    @BeforeEach
    void startCase() {
        businessKey = "ui-" + System.nanoTime();
        processInstanceId = runtimeService.startProcessInstanceByKey("TaskListTestProcess", businessKey).getId();
    }

    @SuppressWarnings("unchecked")
    private List<TaskRow> rowsOfThisCase() {
        Grid<TaskRow> grid = _get(Grid.class, spec -> spec.withId("task-grid"));
        return GridKt._fetch(grid, 0, GridKt._size(grid)).stream()
                .filter(t -> t.processInstanceId().equals(processInstanceId)).toList();
    }

    @Test
    void aBoardMemberSeesOnlyTheBoardsTask() {
        login("bestuur3");
        UI.getCurrent().navigate(MyTasksView.class);
        assertThat(_get(H2.class, spec -> spec.withId("tasks-title")).getText()).isEqualTo("Mijn taken");
        assertThat(rowsOfThisCase()).extracting(TaskRow::step).containsExactly("Testtaak bestuur");
    }

    @Test
    void claimingFromTheListAssignsTheTask() {
        login("secretaris");
        UI.getCurrent().navigate(MyTasksView.class);
        MyTasksView view = _get(MyTasksView.class);
        view.search.setValue(businessKey);
        assertThat(rowsOfThisCase()).extracting(TaskRow::assignee).containsExactly((String) null);
        String taskId = rowsOfThisCase().get(0).id();
        taskListService.claim(taskId);
        view.refresh();
        assertThat(rowsOfThisCase()).extracting(TaskRow::assignee).containsExactly("secretaris");
    }

    @Test
    void openingATaskShowsItsCaseAndCompletingItReturnsToTheList() {
        login("voorzitter1");
        String taskId = taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey("Task_Chair").singleResult().getId();
        UI.getCurrent().navigate(TaskView.class, new RouteParameters("taskId", taskId));
        assertThat(_get(H2.class, spec -> spec.withId("task-title")).getText()).isEqualTo("Testtaak voorzitter");
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isZero();
        _get(MyTasksView.class);
    }

    @Test
    void aFollowUpDateSetOnTheTaskPageShowsInMyTasks() {
        login("coordinator2");
        String taskId = taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey("Task_Coordinator").singleResult().getId();
        UI.getCurrent().navigate(TaskView.class, new RouteParameters("taskId", taskId));
        java.time.LocalDate day = java.time.LocalDate.now().plusDays(2);
        _get(com.vaadin.flow.component.datepicker.DatePicker.class, spec -> spec.withId("task-follow-up")).setValue(day);
        _click(_get(Button.class, spec -> spec.withId("task-follow-up-save")));
        NotificationsKt.expectNotifications("U volgt deze taak op "
                + nl.netwerkregie.shared.format.Formats.date(day, nl.netwerkregie.shared.i18n.TranslationProvider.DUTCH)
                + " op.");

        UI.getCurrent().navigate(MyTasksView.class);
        assertThat(rowsOfThisCase()).filteredOn(t -> t.id().equals(taskId)).extracting(TaskRow::followUp)
                .containsExactly(day);
    }

    @Test
    void aTaskCompletedBySomeoneElseMeanwhileGivesAMessageAndStaysUsable() {
        login("coordinator2");
        String taskId = taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey("Task_Coordinator").singleResult().getId();
        UI.getCurrent().navigate(TaskView.class, new RouteParameters("taskId", taskId));
        taskService.complete(taskId);   // a colleague, in another session
        _click(_get(Button.class, spec -> spec.withId("complete-task")));
        List<Notification> notifications = NotificationsKt.getNotifications();
        assertThat(notifications).isNotEmpty();
        assertThat(_get(H2.class, spec -> spec.withId("task-title"))).isNotNull();
    }

    @Test
    void someoneElsesTaskCannotBeOpened() {
        login("bestuur1");
        String taskId = taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey("Task_Coordinator").singleResult().getId();
        UI.getCurrent().navigate(TaskView.class, new RouteParameters("taskId", taskId));
        assertThat(_get(H2.class).getText()).isEqualTo("Deze taak is niet (meer) beschikbaar");
        assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void coordinatorsSeeOpenCases() {
        login("coordinator1");
        UI.getCurrent().navigate(CasesView.class);
        Grid<OpenCase> grid = _get(Grid.class, spec -> spec.withId("case-grid"));
        // Newest first: the shared test database holds older cases than a page.
        grid.sort(java.util.List.of(new com.vaadin.flow.component.grid.GridSortOrder<>(grid.getColumnByKey("age"),
                com.vaadin.flow.data.provider.SortDirection.ASCENDING)));
        assertThat(GridKt._fetch(grid, 0, GridKt._size(grid))).extracting(OpenCase::businessKey).contains(businessKey);
    }

    @Test
    void holdersAreShownByTheirNamesNotTheirLogins() {
        login("coordinator1");
        HolderNames names = new HolderNames(users, UI.getCurrent());
        assertThat(names.of("group:coordinator, bestuur1")).isEqualTo("Coördinatoren, Hendrik Kamphuis");
        assertThat(names.of("iemand-onbekend")).as("an unknown login stays as it is").isEqualTo("iemand-onbekend");
        assertThat(names.of(null)).isEmpty();
    }
}
