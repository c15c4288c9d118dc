package nl.netwerkregie.admission.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import java.time.LocalDate;
import nl.netwerkregie.admission.AdmissionQueries;
import nl.netwerkregie.admission.AdmissionService;
import nl.netwerkregie.admission.process.AdmissionProcess;
import nl.netwerkregie.shared.task.TaskRow;
import nl.netwerkregie.shared.ui.DatePickers;
import nl.netwerkregie.shared.ui.TaskFormFactory;
import nl.netwerkregie.shared.ui.UiErrors;

/** "Overeenkomst bevestigen": the bestuurder confirmed the addendum; the trial year starts that day. */
@org.springframework.stereotype.Component
class AgreementFormFactory implements TaskFormFactory {

    private final AdmissionService admissions;
    private final AdmissionQueries queries;
    private final Clock clock;

    AgreementFormFactory(AdmissionService admissions, AdmissionQueries queries, Clock clock) {
        this.admissions = admissions;
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public String formKey() {
        return AdmissionProcess.FORM_AGREEMENT;
    }

    @Override
    public Component create(TaskRow task, Runnable afterCompletion) {
        long admissionId = Long.parseLong(task.businessKey());
        VerticalLayout form = new VerticalLayout(new ApplicationSummary(queries.get(admissionId),
                queries.organisationOf(admissionId)));
        form.setPadding(false);
        DatePicker signedOn = DatePickers.create(form.getTranslation("admission.agreement.signedOn"));
        signedOn.setId("agreement-date");
        signedOn.setMax(LocalDate.now(clock));
        signedOn.setValue(LocalDate.now(clock));
        Button confirm = new Button(form.getTranslation("admission.agreement.confirm"));
        confirm.setId("agreement-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (UiErrors.attempt(() -> admissions.confirmAgreement(task.id(), signedOn.getValue()))) {
                afterCompletion.run();
            }
        });
        form.add(new Paragraph(form.getTranslation("admission.agreement.intro")), signedOn, confirm);
        return form;
    }
}
