package nl.netwerkregie.selfevaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.netwerkregie.selfevaluation.AnswerInput;
import nl.netwerkregie.selfevaluation.MissingScores;
import nl.netwerkregie.selfevaluation.SelfEvaluationResult;
import nl.netwerkregie.selfevaluation.SelfEvaluationService;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * "Zelfevaluatie invullen": per section its statements, each scored niet / deels / grotendeels / volledig with an
 * optional remark. "Opslaan en later verder" keeps the draft and leaves the task open; "Indienen" needs every
 * statement scored and names those that are not (their fields marked; what was typed stays and is saved).
 */
class FillInForm extends VerticalLayout {

    static final List<Integer> SCALE = List.of(1, 2, 3, 4);

    private final List<RadioButtonGroup<Integer>> scores = new ArrayList<>();
    private final List<TextArea> remarks = new ArrayList<>();
    private final Paragraph missing = new Paragraph();

    FillInForm(SelfEvaluationResult evaluation, String taskId, SelfEvaluationService service, Runnable done) {
        setPadding(false);
        Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        Paragraph intro = new Paragraph(getTranslation("selfevaluation.fillIn.intro", evaluation.organisationName(),
                Formats.date(evaluation.deadline(), locale)));
        intro.setId("selfevaluation-intro");
        add(intro);
        if (evaluation.savedAt() != null) {
            Paragraph saved = new Paragraph(getTranslation("selfevaluation.fillIn.savedAt",
                    Formats.dateTime(evaluation.savedAt(), locale)));
            saved.setId("selfevaluation-saved-at");
            add(saved);
        }
        String section = null;
        for (SelfEvaluationResult.Line line : evaluation.lines()) {
            if (!line.section().equals(section)) {
                section = line.section();
                add(new H3(line.number().replaceAll("[a-z]+$", "") + ". " + section));
            }
            add(statement(line));
        }
        missing.setId("selfevaluation-missing");
        missing.getStyle().set("color", "var(--lumo-error-text-color)");
        missing.setVisible(false);
        Button save = new Button(getTranslation("selfevaluation.fillIn.save"), e -> {
            if (UiErrors.attempt(() -> service.save(taskId, inputs()))) {
                UiErrors.showSuccess(getTranslation("selfevaluation.fillIn.saved"));
            }
        });
        save.setId("selfevaluation-save");
        Button submit = new Button(getTranslation("selfevaluation.fillIn.submit"), e -> submit(taskId, service, done));
        submit.setId("selfevaluation-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(missing, new HorizontalLayout(save, submit));
    }

    private VerticalLayout statement(SelfEvaluationResult.Line line) {
        RadioButtonGroup<Integer> score = new RadioButtonGroup<>(line.number() + " " + line.statement());
        score.setId("score-" + line.position());
        score.setItems(SCALE);
        score.setItemLabelGenerator(s -> getTranslation("selfevaluation.score." + s));
        score.setValue(line.score());
        TextArea remark = new TextArea(getTranslation("selfevaluation.fillIn.remark"));
        remark.setId("remark-" + line.position());
        remark.setWidthFull();
        remark.setMaxLength(2000);
        remark.setValue(line.remark() == null ? "" : line.remark());
        scores.add(score);
        remarks.add(remark);
        VerticalLayout block = new VerticalLayout(score, remark);
        block.setPadding(false);
        block.setSpacing(false);
        return block;
    }

    private void submit(String taskId, SelfEvaluationService service, Runnable done) {
        scores.forEach(s -> s.setInvalid(false));
        missing.setVisible(false);
        boolean[] incomplete = {false};
        boolean ok = UiErrors.attempt(() -> {
            try {
                service.submit(taskId, inputs());
            } catch (MissingScores e) {
                incomplete[0] = true;
                e.positions().forEach(p -> {
                    scores.get(p).setErrorMessage(getTranslation("selfevaluation.scoreRequired"));
                    scores.get(p).setInvalid(true);
                });
                missing.setText(getTranslation(e.messageKey(), e.arguments()));
                missing.setVisible(true);
            }
        });
        if (ok && !incomplete[0]) {
            done.run();
        }
    }

    List<AnswerInput> inputs() {
        List<AnswerInput> inputs = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            inputs.add(new AnswerInput(i, scores.get(i).getValue(), remarks.get(i).getValue()));
        }
        return inputs;
    }
}
