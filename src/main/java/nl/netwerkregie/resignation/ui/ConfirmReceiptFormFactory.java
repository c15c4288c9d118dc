package nl.netwerkregie.resignation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import nl.netwerkregie.resignation.MembershipEnding;
import nl.netwerkregie.resignation.ResignationQueries;
import nl.netwerkregie.resignation.ResignationService;
import nl.netwerkregie.resignation.process.EndingProcesses;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.shared.task.TaskRow;
import nl.netwerkregie.shared.ui.DatePickers;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.TaskFormFactory;
import nl.netwerkregie.shared.ui.UiErrors;

/** "Ontvangst bevestigen": the coordinator confirms the resignation; the end date changes only with a reason. */
@org.springframework.stereotype.Component
class ConfirmReceiptFormFactory implements TaskFormFactory {

    private final ResignationService endings;
    private final ResignationQueries queries;
    private final UserDirectory users;

    ConfirmReceiptFormFactory(ResignationService endings, ResignationQueries queries, UserDirectory users) {
        this.endings = endings;
        this.queries = queries;
        this.users = users;
    }

    @Override
    public String formKey() {
        return EndingProcesses.FORM_CONFIRM;
    }

    @Override
    public Component create(TaskRow task, Runnable afterCompletion) {
        MembershipEnding ending = queries.endingOf(task);
        var locale = UI.getCurrent().getLocale();
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        FormLayout facts = new FormLayout();
        facts.getStyle().set("--vaadin-form-item-label-width", "13em");
        facts.addFormItem(new Span(queries.organisationOf(ending).getName()), form.getTranslation("organisation.name"));
        facts.addFormItem(new Span(ending.getReasons()), form.getTranslation("resign.reasons"));
        facts.addFormItem(new Span(Formats.date(ending.getReceivedOn(), locale)), form.getTranslation("resign.receivedOn"));
        if (ending.isRecordedOnBehalf()) {
            Span recorded = new Span(form.getTranslation("ending.section.onBehalf", users.displayName(ending.getSubmittedBy()),
                    Formats.date(ending.getCreatedAt(), locale)));
            recorded.setId("confirm-recorded-on-behalf");
            facts.addFormItem(recorded, form.getTranslation("resign.confirm.recorded"));
        }
        DatePicker endDate = DatePickers.create(form.getTranslation("resign.confirm.endDate"));
        endDate.setId("confirm-end-date");
        endDate.setValue(ending.getEndDate());
        TextField reason = new TextField(form.getTranslation("resign.confirm.correctionReason"));
        reason.setId("confirm-correction-reason");
        reason.setWidthFull();
        Button confirm = new Button(form.getTranslation("resign.confirm.submit"));
        confirm.setId("confirm-receipt");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> {
            if (UiErrors.attempt(() -> endings.confirmReceipt(task.id(), endDate.getValue(), reason.getValue()))) {
                afterCompletion.run();
            }
        });
        form.add(facts, endDate, reason, confirm);
        return form;
    }
}
