package nl.netwerkregie.selfevaluation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.util.List;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.myorganisation.MyOrganisationFixtures;
import nl.netwerkregie.selfevaluation.SelfEvaluationFixtures;
import nl.netwerkregie.selfevaluation.SelfEvaluationInvitations;
import nl.netwerkregie.selfevaluation.SelfEvaluationQueries;
import nl.netwerkregie.selfevaluation.SelfEvaluationResult;
import nl.netwerkregie.selfevaluation.SelfEvaluationRow;
import nl.netwerkregie.selfevaluation.SelfEvaluationService;
import nl.netwerkregie.selfevaluation.process.SelfEvaluationProcess;
import nl.netwerkregie.shared.ui.TaskView;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The fill-in form, the result page and the list, without a browser. */
class SelfEvaluationViewTest extends UiTest {

    @Autowired OrganisationService organisations;
    @Autowired SelfEvaluationInvitations invitations;
    @Autowired SelfEvaluationService service;
    @Autowired SelfEvaluationQueries queries;
    @Autowired TaskService taskService;

    @SuppressWarnings("unchecked")
    private static <T> List<T> rows(String gridId) {
        Grid<T> grid = _get(Grid.class, spec -> spec.withId(gridId));
        return GridKt._fetch(grid, 0, GridKt._size(grid));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<Integer> score(int position) {
        return _get(RadioButtonGroup.class, spec -> spec.withId("score-" + position));
    }

    private String openFillIn(long id) {
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(id))
                .taskDefinitionKey(SelfEvaluationProcess.TASK_FILL_IN).singleResult().getId();
        UI.getCurrent().navigate(TaskView.class, new RouteParameters("taskId", taskId));
        return taskId;
    }

    @Test
    void theContactSavesADraftAndIsToldWhichStatementsAreMissing() {
        long organisation = MyOrganisationFixtures.member(organisations, "contact1");
        loginAs("coordinator1");
        long id = invitations.invite(organisation);
        login("contact1");
        openFillIn(id);
        score(0).setValue(4);
        _get(TextArea.class, spec -> spec.withId("remark-0")).setValue("Opgenomen in het beleidsplan 2026.");
        _click(_get(Button.class, spec -> spec.withId("selfevaluation-save")));

        openFillIn(id);   // a second sitting
        assertThat(score(0).getValue()).isEqualTo(4);
        assertThat(_get(TextArea.class, spec -> spec.withId("remark-0")).getValue())
                .isEqualTo("Opgenomen in het beleidsplan 2026.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("selfevaluation-saved-at")).getText())
                .startsWith("Laatst opgeslagen: ");
        score(1).setValue(2);
        _click(_get(Button.class, spec -> spec.withId("selfevaluation-submit")));

        Paragraph missing = _get(Paragraph.class, spec -> spec.withId("selfevaluation-missing"));
        assertThat(missing.getText()).startsWith("Nog niet alle stellingen hebben een score: 2a, 2b");
        assertThat(score(2).isInvalid()).isTrue();
        assertThat(score(1).isInvalid()).isFalse();
        assertThat(score(1).getValue()).as("nothing typed lost").isEqualTo(2);
        assertThat(queries.result(id).lines().get(1).score()).as("and saved").isEqualTo(2);
    }

    @Test
    void theCoordinatorSeesTheResultAndTheListShowsWhoDidItWhen() {
        long organisation = MyOrganisationFixtures.member(organisations, "contact1");
        loginAs("coordinator1");
        long id = invitations.invite(organisation);
        loginAs("contact1");
        String taskId = taskService.createTaskQuery().processDefinitionKey("SelfEvaluationProcess")
                .processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
        service.submit(taskId, SelfEvaluationFixtures.all(queries.result(id), 3));

        login("coordinator1");
        UI.getCurrent().navigate(SelfEvaluationView.class, new RouteParameters("id", String.valueOf(id)));
        assertThat(_get(H2.class, spec -> spec.withId("selfevaluation-title")).getText())
                .startsWith("Zelfevaluatie " + organisations.get(organisation).getName());
        List<SelfEvaluationResult.Line> answers = rows("selfevaluation-answers");
        assertThat(answers).hasSize(queries.result(id).lines().size());
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("selfevaluation-averages"))
                .getElement().getTextRecursively()).contains("gemiddeld 3 van 4");
        List<String> sections = rows("selfevaluation-years");
        assertThat(sections).contains("Proactieve zorgplanning");

        UI.getCurrent().navigate(SelfEvaluationsView.class);
        List<SelfEvaluationRow> list = rows("selfevaluations-grid");
        assertThat(list).anySatisfy(r -> {
            assertThat(r.id()).isEqualTo(id);
            assertThat(r.submittedOn()).isNotNull();
        });

        login("contact2");
        assertRefused(() -> UI.getCurrent().navigate(InstrumentView.class));
    }
}
