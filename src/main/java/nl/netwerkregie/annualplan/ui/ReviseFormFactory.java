package nl.netwerkregie.annualplan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.netwerkregie.annualplan.JaarplanQueries;
import nl.netwerkregie.annualplan.JaarplanService;
import nl.netwerkregie.annualplan.JaarplanView;
import nl.netwerkregie.annualplan.process.JaarplanApprovalProcess;
import nl.netwerkregie.shared.task.TaskRow;
import nl.netwerkregie.shared.ui.TaskFormFactory;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * "Jaarplan herzien en opnieuw indienen": the board's remarks; the coordinators revise the plan on its page
 * and resubmit it here as the next version.
 */
@org.springframework.stereotype.Component
class ReviseFormFactory implements TaskFormFactory {

    private final JaarplanService jaarplannen;
    private final JaarplanQueries queries;

    ReviseFormFactory(JaarplanService jaarplannen, JaarplanQueries queries) {
        this.jaarplannen = jaarplannen;
        this.queries = queries;
    }

    @Override
    public String formKey() {
        return JaarplanApprovalProcess.FORM_REVISE;
    }

    @Override
    public Component create(TaskRow task, Runnable afterCompletion) {
        JaarplanView plan = queries.get(Long.parseLong(task.businessKey()));
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        Paragraph remarks = new Paragraph(form.getTranslation("jaarplan.boardRemarks") + ":\n" + plan.boardRemarks());
        remarks.setId("revise-remarks");
        remarks.getStyle().set("white-space", "pre-line");
        Button resubmit = new Button(form.getTranslation("jaarplan.revise.resubmit"), e -> {
            if (UiErrors.attempt(() -> jaarplannen.resubmit(task.id()))) {
                afterCompletion.run();
            }
        });
        resubmit.setId("revise-resubmit");
        resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(remarks, new PlanSummary(plan), new Paragraph(form.getTranslation("jaarplan.revise.intro")), resubmit);
        return form;
    }
}
