package nl.netwerkregie.evaluation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouteParameters;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.netwerkregie.UiTest;
import nl.netwerkregie.evaluation.EvaluationAnswers;
import nl.netwerkregie.evaluation.EvaluationFixtures;
import nl.netwerkregie.evaluation.EvaluationOfYear;
import nl.netwerkregie.evaluation.RespondentStatus;
import nl.netwerkregie.evaluation.YearlyEvaluationQueries;
import nl.netwerkregie.shared.task.TaskListService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The answer form keeps what was typed when it is refused and saves a draft to come back to; Evaluaties lists the
 * evaluation with its response rate, and its page shows the answers per question.
 */
class EvaluationViewsTest extends UiTest {

    @Autowired EvaluationFixtures fixtures;
    @Autowired YearlyEvaluationQueries queries;
    @Autowired EvaluationAnswers answers;
    @Autowired TaskListService tasks;
    @Autowired AnswerFormFactory answerForms;

    @Test
    void theAnswerFormKeepsWhatWasTypedAndTheCoordinatorSeesTheResponseRate() {
        login("coordinator1");
        long id = fixtures.start();
        ProcessInstance pi = fixtures.instance(id);
        fixtures.prepareAndSend(pi, id, queries.detail(id).questions());

        login("contact1");
        Task task = fixtures.answerTaskOf(pi, "contact1");
        AtomicBoolean done = new AtomicBoolean();
        VerticalLayout form = (VerticalLayout) answerForms.create(tasks.task(task.getId()), () -> done.set(true));
        UI.getCurrent().add(form);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> first = _get(RadioButtonGroup.class, spec -> spec.withId("evaluation-answer-score-0"));
        first.setValue(4);
        TextArea remark = _get(TextArea.class, spec -> spec.withId("evaluation-answer-text-0"));
        remark.setValue("De werkgroepen zijn goed bereikbaar.");
        _click(_get(Button.class, spec -> spec.withId("evaluation-answer-submit")));
        NotificationsKt.expectNotifications("Vraag 2: kies een score van 1 tot en met 5.");
        assertThat(done).isFalse();
        assertThat(first.getValue()).isEqualTo(4);
        assertThat(remark.getValue()).isEqualTo("De werkgroepen zijn goed bereikbaar.");
        _click(_get(Button.class, spec -> spec.withId("evaluation-answer-draft")));
        NotificationsKt.expectNotifications("Uw antwoorden zijn opgeslagen. U kunt later verder gaan.");
        assertThat(answers.sheet(task.getId()).status()).isEqualTo(RespondentStatus.DRAFT);
        answers.submit(task.getId(), EvaluationFixtures.answered(answers.sheet(task.getId()), 4, "Goed"));

        login("coordinator1");
        UI.getCurrent().navigate(EvaluationsView.class);
        EvaluationsView list = _get(EvaluationsView.class);
        EvaluationOfYear row = GridKt._findAll(list.grid).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
        assertThat(row.answered()).isEqualTo(1);
        UI.getCurrent().navigate(EvaluationPage.class, new RouteParameters("id", String.valueOf(id)));
        String rate = _get(Paragraph.class, spec -> spec.withId("evaluation-response-rate")).getText();
        assertThat(rate).isEqualTo("1 van de " + row.respondents() + " gevraagden hebben geantwoord ("
                + row.responseRate() + "%).");
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("evaluation-result-1"))
                .getElement().getTextRecursively()).contains("Gemiddeld 4 (1 scores; 1: 0 · 2: 0 · 3: 0 · 4: 1 · 5: 0)");
    }

    @Test
    void aBoardMemberMayReadButNotStartOrEditTheQuestions() {
        login("bestuur2");
        UI.getCurrent().navigate(EvaluationsView.class);
        assertThat(_get(EvaluationsView.class).getChildren().filter(c -> c.getId().filter(i -> i.startsWith("evaluation-")).isPresent())
                .count()).isZero();
    }
}
