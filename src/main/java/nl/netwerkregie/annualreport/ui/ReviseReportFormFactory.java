package nl.netwerkregie.annualreport.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import nl.netwerkregie.annualreport.JaarverslagQueries;
import nl.netwerkregie.annualreport.JaarverslagService;
import nl.netwerkregie.annualreport.process.JaarverslagApprovalProcess;
import nl.netwerkregie.shared.task.TaskRow;
import nl.netwerkregie.shared.ui.TaskFormFactory;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * "Jaarverslag herzien en opnieuw indienen": the board's remarks; the coordinators revise the texts on the
 * report's page and submit it again here, with the figures compiled anew.
 */
@org.springframework.stereotype.Component
class ReviseReportFormFactory implements TaskFormFactory {

    private final JaarverslagService reports;
    private final JaarverslagQueries queries;

    ReviseReportFormFactory(JaarverslagService reports, JaarverslagQueries queries) {
        this.reports = reports;
        this.queries = queries;
    }

    @Override
    public String formKey() {
        return JaarverslagApprovalProcess.FORM_REVISE;
    }

    @Override
    public Component create(TaskRow task, Runnable afterCompletion) {
        var report = queries.get(Long.parseLong(task.businessKey()));
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        Paragraph remarks = new Paragraph(form.getTranslation("jaarverslag.boardRemarks") + ":\n"
                + (report.boardRemarks() == null ? "" : report.boardRemarks()));
        remarks.setId("report-revise-remarks");
        remarks.getStyle().set("white-space", "pre-line");
        Anchor page = new Anchor("jaarverslagen/" + report.id(),
                form.getTranslation("jaarverslag.revise.open", String.valueOf(report.year())));
        page.setId("report-revise-open");
        Button resubmit = new Button(form.getTranslation("jaarverslag.revise.resubmit"), e -> {
            if (UiErrors.attempt(() -> reports.resubmit(task.id()))) {
                afterCompletion.run();
            }
        });
        resubmit.setId("report-resubmit");
        resubmit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(remarks, page, new Paragraph(form.getTranslation("jaarverslag.revise.intro")), resubmit);
        return form;
    }
}
