package nl.netwerkregie.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.admission.AdmissionService;
import nl.netwerkregie.admission.Applications;
import nl.netwerkregie.shared.task.NewTasks;
import nl.netwerkregie.shared.task.TaskListService;
import nl.netwerkregie.shared.task.TeamTask;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The team view, the claim banner on a task's page and the header's count of new tasks, without a browser. */
class TeamViewTest extends UiTest {

    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired TaskListService tasks;
    @Autowired NewTasks newTasks;
    @Autowired AdmissionService admissions;

    String processInstanceId;
    String groupTask;
    private final java.util.List<String> started = new java.util.ArrayList<>();

    @BeforeEach
    void startCase() {
        processInstanceId = runtimeService.startProcessInstanceByKey("TaskListTestProcess", "team-ui-" + System.nanoTime())
                .getId();
        started.add(processInstanceId);
        groupTask = taskService.createTaskQuery().processInstanceId(processInstanceId)
                .taskDefinitionKey("Task_Coordinator").singleResult().getId();
    }

    private void open(String taskId) {
        UI.getCurrent().navigate(TaskView.class, new RouteParameters("taskId", taskId));
    }

    /** Other tests count open tasks and late ones (the reminder mails): this case leaves none behind. */
    @AfterEach
    void endCases() {
        for (String id : started) {
            if (runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                runtimeService.deleteProcessInstance(id, "test over");
            }
        }
    }

    private String assigneeOf(String taskId) {
        return taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }

    @Test
    @SuppressWarnings("unchecked")
    void coordinatorsSeeWhoWorksOnEachTaskOfTheGroupAndOpenItFromThere() {
        login("coordinator1");
        tasks.claim(groupTask);
        login("coordinator2");
        UI.getCurrent().navigate(MyTasksView.class);
        assertThat(_get(RouterLink.class, spec -> spec.withId("team-link")).getHref())
                .as("the colleague's task left Mijn taken; the team view is a click away").isEqualTo("taken/team");
        UI.getCurrent().navigate(TeamView.class);
        Grid<TeamTask> grid = _get(Grid.class, spec -> spec.withId("team-grid"));
        int row = rowOf(grid, groupTask);
        assertThat(GridKt._getFormatted(grid, row, "holder")).startsWith("Anouk Jansen werkt hieraan sinds ");
        RouterLink step = (RouterLink) GridKt._getCellComponent(grid, row, "step");
        assertThat(step.getText()).isEqualTo("Testtaak coördinator");
        assertThat(step.getHref()).isEqualTo("taken/" + groupTask);

        String other = runtimeService.startProcessInstanceByKey("TaskListTestProcess", "team-ui-" + System.nanoTime())
                .getId();
        started.add(other);
        String unclaimed = taskService.createTaskQuery().processInstanceId(other).taskDefinitionKey("Task_Coordinator")
                .singleResult().getId();
        UI.getCurrent().navigate(TeamView.class);
        grid = _get(Grid.class, spec -> spec.withId("team-grid"));
        assertThat(GridKt._getFormatted(grid, rowOf(grid, unclaimed), "holder")).isEqualTo("Nog niet opgepakt");
    }

    private static int rowOf(Grid<TeamTask> grid, String taskId) {
        java.util.List<String> ids = GridKt._fetch(grid, 0, GridKt._size(grid)).stream().map(TeamTask::id).toList();
        assertThat(ids).contains(taskId);
        return ids.indexOf(taskId);
    }

    @Test
    void othersAreRefusedTheTeamViewAndDoNotSeeTheLink() {
        login("bestuur1");
        assertRefused(() -> UI.getCurrent().navigate(TeamView.class));
        UI.getCurrent().navigate(MyTasksView.class);
        assertThat(_find(RouterLink.class, spec -> spec.withId("team-link"))).isEmpty();
    }

    @Test
    void aTaskNobodyTookOffersToTakeItAndTakingItHidesTheOffer() {
        login("coordinator2");
        open(groupTask);
        ClaimBanner banner = _get(ClaimBanner.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getElement().getTextRecursively())
                .contains("Deze taak is nog van niemand. Pak hem op zodat anderen zien dat u eraan werkt.");
        assertThat(_find(Button.class, spec -> spec.withId("complete-task"))).as("the form is there").hasSize(1);

        _click(_get(Button.class, spec -> spec.withId("claim-task")));

        assertThat(assigneeOf(groupTask)).isEqualTo("coordinator2");
        assertThat(_find(ClaimBanner.class)).isEmpty();
        NotificationsKt.expectNotifications("U werkt nu aan deze taak; uw collega’s zien dat.");
    }

    @Test
    void aColleaguesTaskSaysWhoAndShowsNoFormUntilTakenOverWithConfirmation() {
        login("coordinator2");
        tasks.claim(groupTask);
        login("coordinator1");
        open(groupTask);
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-holder")).getText())
                .startsWith("Marieke Bosch werkt hieraan sinds ");
        assertThat(_find(Button.class, spec -> spec.withId("complete-task"))).isEmpty();

        _click(_get(Button.class, spec -> spec.withId("take-over")));
        assertThat(_get(ConfirmDialog.class).isOpened()).isTrue();
        assertThat(assigneeOf(groupTask)).as("not before the confirmation").isEqualTo("coordinator2");
        _click(_get(Button.class, spec -> spec.withId("take-over-confirm")));

        assertThat(assigneeOf(groupTask)).isEqualTo("coordinator1");
        assertThat(_find(Button.class, spec -> spec.withId("complete-task"))).hasSize(1);
        assertThat(_find(ClaimBanner.class)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void takenByAColleagueWhileTypingTellsWhoKeepsWhatWasTypedAndOffersToTakeItOver() {
        String intake = intakeTypedByCoordinator2("Thuiszorg De Haven", "Graag het jaarverslag van 2025.");

        taskService.setAssignee(intake, "coordinator1");   // Anouk takes it, in her own session

        _click(_get(Button.class, spec -> spec.withId("intake-submit")));
        NotificationsKt.expectNotifications("Anouk Jansen heeft deze taak intussen opgepakt. Wat u hebt ingevuld, "
                + "blijft staan. Overleg met Anouk Jansen, of neem de taak over.");
        assertThat(taskService.createTaskQuery().taskId(intake).count()).isEqualTo(1);
        assertThat(_get(TextArea.class, spec -> spec.withId("intake-text")).getValue())
                .isEqualTo("Graag het jaarverslag van 2025.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("task-holder")).getText()).startsWith("Anouk Jansen");

        _click(_get(Button.class, spec -> spec.withId("take-over")));
        _click(_get(Button.class, spec -> spec.withId("take-over-confirm")));
        assertThat(_get(TextArea.class, spec -> spec.withId("intake-text")).getValue())
                .as("taking over keeps the form as typed").isEqualTo("Graag het jaarverslag van 2025.");
        _click(_get(Button.class, spec -> spec.withId("intake-submit")));
        assertThat(taskService.createTaskQuery().taskId(intake).count()).isZero();
    }

    /** An intake of a new application, open as coordinator2, who has begun to ask the applicant for information. */
    @SuppressWarnings("unchecked")
    private String intakeTypedByCoordinator2(String organisation, String request) {
        String intake = Applications.intakeOf(admissions, taskService, organisation + " " + System.nanoTime());
        started.add(taskService.createTaskQuery().taskId(intake).singleResult().getProcessInstanceId());
        login("coordinator2");
        open(intake);
        _get(RadioButtonGroup.class, spec -> spec.withId("intake-next")).setValue("moreInfo");
        _get(TextArea.class, spec -> spec.withId("intake-text")).setValue(request);
        return intake;
    }

    /** The loser of two intakes completed at once (IntakeRaceIT) is refused with task.gone; this is what they see. */
    @Test
    @SuppressWarnings("unchecked")
    void completedByAColleagueWhileTypingSaysSoAndKeepsWhatWasTyped() {
        String intake = intakeTypedByCoordinator2("Thuiszorg De Dijk", "Graag uw visie op palliatieve zorg.");

        loginAs("coordinator1");   // Anouk completes the intake, in her own session
        admissions.intake(intake, java.util.List.of(), true, "Stuur uw visie mee.", null, null);
        login("coordinator2");

        _click(_get(Button.class, spec -> spec.withId("intake-submit")));
        NotificationsKt.expectNotifications("Deze taak is intussen al afgerond of ingetrokken. Uw lijst is bijgewerkt.");
        assertThat(_get(TextArea.class, spec -> spec.withId("intake-text")).getValue())
                .as("still there to copy").isEqualTo("Graag uw visie op palliatieve zorg.");
        assertThat(_get(RadioButtonGroup.class, spec -> spec.withId("intake-next")).getValue()).isEqualTo("moreInfo");
    }

    @Test
    void theHeaderCountsTheTasksNotOpenedYetAndLinksToTheList() {
        String openedFirst = groupTask;
        startCase();
        login("coordinator2");
        UI.getCurrent().navigate(MyTasksView.class);
        int count = newTasks.count();
        assertThat(count).isPositive();
        Anchor badge = _get(Anchor.class, spec -> spec.withId("new-tasks"));
        assertThat(badge.getHref()).isEqualTo("taken");
        assertThat(badge.getText()).isEqualTo(String.valueOf(count));
        assertThat(badge.getElement().getAttribute("aria-label"))
                .isEqualTo(count == 1 ? "1 nieuwe taak" : count + " nieuwe taken");

        assertThat(count).as("two new cases").isGreaterThanOrEqualTo(2);
        open(openedFirst);
        assertThat(_get(Anchor.class, spec -> spec.withId("new-tasks")).getText()).isEqualTo(String.valueOf(count - 1));
    }
}
