package nl.netwerkregie.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import nl.netwerkregie.evaluation.YearlyEvaluationQueries;
import nl.netwerkregie.evaluation.YearlyEvaluationService;
import nl.netwerkregie.evaluation.process.YearlyEvaluationProcess;
import nl.netwerkregie.shared.task.TaskRow;
import nl.netwerkregie.shared.ui.TaskFormFactory;
import nl.netwerkregie.shared.ui.UiErrors;

/** "Samenvatting voor het bestuur schrijven": the answers per question above, the summary below. */
@org.springframework.stereotype.Component
class SummaryFormFactory implements TaskFormFactory {

    private final YearlyEvaluationService evaluations;
    private final YearlyEvaluationQueries queries;

    SummaryFormFactory(YearlyEvaluationService evaluations, YearlyEvaluationQueries queries) {
        this.evaluations = evaluations;
        this.queries = queries;
    }

    @Override
    public String formKey() {
        return YearlyEvaluationProcess.FORM_SUMMARY;
    }

    @Override
    public Component create(TaskRow task, Runnable afterCompletion) {
        VerticalLayout form = new VerticalLayout(new EvaluationResults(queries.detail(Long.parseLong(task.businessKey()))));
        form.setPadding(false);
        TextArea summary = new TextArea(form.getTranslation("evaluation.summary"));
        summary.setId("evaluation-summary");
        summary.setWidthFull();
        summary.setMaxLength(8000);
        Button toBoard = new Button(form.getTranslation("evaluation.summary.toBoard"), e -> {
            if (UiErrors.attempt(() -> evaluations.summarise(task.id(), summary.getValue()))) {
                afterCompletion.run();
            }
        });
        toBoard.setId("evaluation-summary-to-board");
        toBoard.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(summary, toBoard);
        return form;
    }
}
