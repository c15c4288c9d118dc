package nl.netwerkregie.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import nl.netwerkregie.evaluation.EvaluationDetail;
import nl.netwerkregie.evaluation.YearlyEvaluationQueries;
import nl.netwerkregie.evaluation.YearlyEvaluationService;
import nl.netwerkregie.evaluation.process.YearlyEvaluationProcess;
import nl.netwerkregie.shared.task.TaskRow;
import nl.netwerkregie.shared.ui.TaskFormFactory;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * "Conclusies en voorstellen van het bestuur vastleggen": the secretary (or a coordinator) records what the board
 * concluded and the changes it proposes; proposals go to all parties, none means the cooperation is fine as it is.
 */
@org.springframework.stereotype.Component
class ConclusionsFormFactory implements TaskFormFactory {

    private final YearlyEvaluationService evaluations;
    private final YearlyEvaluationQueries queries;

    ConclusionsFormFactory(YearlyEvaluationService evaluations, YearlyEvaluationQueries queries) {
        this.evaluations = evaluations;
        this.queries = queries;
    }

    @Override
    public String formKey() {
        return YearlyEvaluationProcess.FORM_CONCLUSIONS;
    }

    @Override
    public Component create(TaskRow task, Runnable afterCompletion) {
        EvaluationDetail detail = queries.detail(Long.parseLong(task.businessKey()));
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new H3(form.getTranslation("evaluation.summary")), new Paragraph(detail.overview().summary()),
                new EvaluationResults(detail));
        TextArea conclusions = new TextArea(form.getTranslation("evaluation.conclusions"));
        conclusions.setId("evaluation-conclusions");
        conclusions.setWidthFull();
        conclusions.setMaxLength(8000);
        TextArea proposals = new TextArea(form.getTranslation("evaluation.proposals"));
        proposals.setId("evaluation-proposals");
        proposals.setHelperText(form.getTranslation("evaluation.proposals.help"));
        proposals.setWidthFull();
        proposals.setMaxLength(8000);
        Button record = new Button(form.getTranslation("evaluation.conclusions.record"), e -> {
            if (UiErrors.attempt(() -> evaluations.conclude(task.id(), conclusions.getValue(), proposals.getValue()))) {
                afterCompletion.run();
            }
        });
        record.setId("evaluation-conclusions-record");
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(conclusions, proposals, record);
        return form;
    }
}
