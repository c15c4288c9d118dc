package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import nl.netwerkregie.annualplan.JaarplanQueries;
import nl.netwerkregie.annualplan.JaarplanService;
import nl.netwerkregie.annualplan.process.JaarplanApprovalProcess;
import nl.netwerkregie.shared.task.TaskRow;
import nl.netwerkregie.shared.ui.TaskFormFactory;
import nl.netwerkregie.shared.ui.UiErrors;

/** "Advies netwerkgroep vastleggen": the netwerkgroep's advice, or why it is skipped; then to the board. */
@org.springframework.stereotype.Component
class AdviceFormFactory implements TaskFormFactory {

    private final JaarplanService jaarplannen;
    private final JaarplanQueries queries;

    AdviceFormFactory(JaarplanService jaarplannen, JaarplanQueries queries) {
        this.jaarplannen = jaarplannen;
        this.queries = queries;
    }

    @Override
    public String formKey() {
        return JaarplanApprovalProcess.FORM_ADVICE;
    }

    @Override
    public Component create(TaskRow task, Runnable afterCompletion) {
        VerticalLayout form = new VerticalLayout(new PlanSummary(queries.get(Long.parseLong(task.businessKey()))));
        form.setPadding(false);
        TextArea advice = new TextArea(form.getTranslation("jaarplan.advice.advice"));
        advice.setId("advice-text");
        advice.setWidthFull();
        TextArea skip = new TextArea(form.getTranslation("jaarplan.advice.skipReason"));
        skip.setId("advice-skip-reason");
        skip.setWidthFull();
        Button toBoard = new Button(form.getTranslation("jaarplan.advice.toBoard"), e -> {
            if (UiErrors.attempt(() -> jaarplannen.recordAdvice(task.id(), advice.getValue(), skip.getValue()))) {
                afterCompletion.run();
            }
        });
        toBoard.setId("advice-to-board");
        toBoard.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(new Paragraph(form.getTranslation("jaarplan.advice.intro")), advice, skip, toBoard);
        return form;
    }
}
