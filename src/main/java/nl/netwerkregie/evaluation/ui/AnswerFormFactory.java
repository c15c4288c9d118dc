package nl.netwerkregie.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.evaluation.Answer;
import nl.netwerkregie.evaluation.AnswerSheet;
import nl.netwerkregie.evaluation.EvaluationAnswers;
import nl.netwerkregie.evaluation.QuestionKind;
import nl.netwerkregie.evaluation.process.YearlyEvaluationProcess;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.task.TaskRow;
import nl.netwerkregie.shared.ui.Outcome;
import nl.netwerkregie.shared.ui.TaskFormFactory;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * "Vragenlijst invullen": a score 1-5 (with an optional remark) or a text per question; saved as a draft to come
 * back to, or submitted. A refusal says which question, and keeps everything typed.
 */
@org.springframework.stereotype.Component
class AnswerFormFactory implements TaskFormFactory {

    private final EvaluationAnswers answers;

    AnswerFormFactory(EvaluationAnswers answers) {
        this.answers = answers;
    }

    @Override
    public String formKey() {
        return YearlyEvaluationProcess.FORM_ANSWER;
    }

    @Override
    public Component create(TaskRow task, Runnable afterCompletion) {
        AnswerSheet sheet = answers.sheet(task.id());
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new Paragraph(form.getTranslation("evaluation.answer.intro", sheet.respondent(), String.valueOf(sheet.year()),
                Formats.date(sheet.deadline(), form.getUI().map(u -> u.getLocale()).orElse(nl.netwerkregie.shared.i18n.TranslationProvider.DUTCH)))));
        List<Field> fields = new ArrayList<>();
        for (Answer a : sheet.answers()) {
            Field field = new Field(a, form);
            fields.add(field);
            form.add(field.layout);
        }
        Button draft = new Button(form.getTranslation("evaluation.answer.saveDraft"), e -> {
            if (UiErrors.attempt(() -> answers.saveDraft(task.id(), values(fields)))) {
                UiErrors.showSuccess(form.getTranslation("evaluation.answer.draftSaved"));
            }
        });
        draft.setId("evaluation-answer-draft");
        Button submit = new Button(form.getTranslation("evaluation.answer.submit"), e -> {
            if (UiErrors.attempt(() -> answers.submit(task.id(), values(fields)))) {
                afterCompletion.run();
            }
        });
        submit.setId("evaluation-answer-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FlexLayout buttons = new FlexLayout(draft, submit);
        buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        buttons.getStyle().set("gap", "var(--lumo-space-m)");
        form.add(buttons);
        return form;
    }

    /** "Uw antwoorden zijn verstuurd."; no link: Evaluaties is the coordinators' and the board's page. */
    @Override
    public Outcome outcome(TaskRow task) {
        return new Outcome("evaluation.answer.sent", List.of(), null, "outcome.toCase");
    }

    private static List<Answer> values(List<Field> fields) {
        return fields.stream().map(Field::value).toList();
    }

    /** The inputs of one question. */
    private static final class Field {
        final Answer asked;
        final RadioButtonGroup<Integer> score = new RadioButtonGroup<>();
        final TextArea text = new TextArea();
        final VerticalLayout layout = new VerticalLayout();

        Field(Answer asked, Component form) {
            this.asked = asked;
            layout.setPadding(false);
            layout.setSpacing(false);
            String label = (asked.position() + 1) + ". " + asked.questionText();
            text.setWidth("min(100%, 40em)");
            text.setMaxLength(4000);
            text.setValue(asked.text() == null ? "" : asked.text());
            text.setId("evaluation-answer-text-" + asked.position());
            if (asked.kind() == QuestionKind.SCALE) {
                score.setLabel(label);
                score.setItems(1, 2, 3, 4, 5);
                score.setItemLabelGenerator(s -> form.getTranslation("evaluation.score." + s));
                score.setValue(asked.score());
                score.setId("evaluation-answer-score-" + asked.position());
                text.setLabel(form.getTranslation("evaluation.answer.remark"));
                layout.add(score, text);
            } else {
                text.setLabel(label);
                layout.add(text);
            }
        }

        Answer value() {
            return new Answer(asked.position(), asked.kind(), asked.questionText(),
                    asked.kind() == QuestionKind.SCALE ? score.getValue() : null, text.getValue());
        }
    }
}
