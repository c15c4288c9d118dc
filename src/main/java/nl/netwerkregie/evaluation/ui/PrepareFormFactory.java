package nl.netwerkregie.evaluation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.netwerkregie.evaluation.EvaluationDetail;
import nl.netwerkregie.evaluation.YearlyEvaluationQueries;
import nl.netwerkregie.evaluation.YearlyEvaluationService;
import nl.netwerkregie.evaluation.process.YearlyEvaluationProcess;
import nl.netwerkregie.shared.task.TaskRow;
import nl.netwerkregie.shared.ui.DatePickers;
import nl.netwerkregie.shared.ui.TaskFormFactory;
import nl.netwerkregie.shared.ui.UiErrors;

/** "Evaluatie voorbereiden": the coordinators check and adjust the questions and set the deadline; then it goes out. */
@org.springframework.stereotype.Component
class PrepareFormFactory implements TaskFormFactory {

    private final YearlyEvaluationService evaluations;
    private final YearlyEvaluationQueries queries;

    PrepareFormFactory(YearlyEvaluationService evaluations, YearlyEvaluationQueries queries) {
        this.evaluations = evaluations;
        this.queries = queries;
    }

    @Override
    public String formKey() {
        return YearlyEvaluationProcess.FORM_PREPARE;
    }

    @Override
    public Component create(TaskRow task, Runnable afterCompletion) {
        EvaluationDetail detail = queries.detail(Long.parseLong(task.businessKey()));
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new Paragraph(form.getTranslation("evaluation.prepare.intro", String.valueOf(detail.overview().year()))));
        var unreachable = queries.membersWithoutLogin();
        if (!unreachable.isEmpty()) {
            Paragraph note = new Paragraph(form.getTranslation("evaluation.prepare.unreachable",
                    String.join(", ", unreachable)));
            note.setId("evaluation-unreachable");
            form.add(note);
        }
        QuestionsEditor questions = new QuestionsEditor(detail.questions());
        DatePicker deadline = DatePickers.create(form.getTranslation("evaluation.deadline"));
        deadline.setId("evaluation-deadline");
        deadline.setValue(detail.overview().deadline());
        Button send = new Button(form.getTranslation("evaluation.prepare.send"), e -> {
            if (UiErrors.attempt(() -> evaluations.prepare(task.id(), questions.questions(), deadline.getValue()))) {
                afterCompletion.run();
            }
        });
        send.setId("evaluation-prepare-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(questions, deadline, send);
        return form;
    }
}
