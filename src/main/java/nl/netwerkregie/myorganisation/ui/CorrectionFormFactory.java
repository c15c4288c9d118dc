package nl.netwerkregie.myorganisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.myorganisation.CorrectionQueries;
import nl.netwerkregie.myorganisation.CorrectionReviewService;
import nl.netwerkregie.myorganisation.CorrectionSummary;
import nl.netwerkregie.myorganisation.process.OrganisationCorrectionProcess;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.task.TaskRow;
import nl.netwerkregie.shared.ui.TaskFormFactory;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * "Correctie beoordelen": the coordinator sees what the contact person wants to change (old → new) and accepts
 * it, which changes the registry, or rejects it with a reason the contact person reads.
 */
@org.springframework.stereotype.Component
class CorrectionFormFactory implements TaskFormFactory {

    private final CorrectionQueries queries;
    private final CorrectionReviewService review;
    private final OrganisationService organisations;
    private final UserDirectory users;

    CorrectionFormFactory(CorrectionQueries queries, CorrectionReviewService review, OrganisationService organisations,
            UserDirectory users) {
        this.queries = queries;
        this.review = review;
        this.organisations = organisations;
        this.users = users;
    }

    @Override
    public String formKey() {
        return OrganisationCorrectionProcess.FORM_REVIEW;
    }

    @Override
    public Component create(TaskRow task, Runnable afterCompletion) {
        CorrectionSummary correction = queries.ofTask(task);
        VerticalLayout form = new VerticalLayout();
        form.setPadding(false);
        form.add(new Paragraph(form.getTranslation("correction.review.intro",
                organisations.get(correction.organisationId()).getName(), users.displayName(correction.proposedBy()),
                Formats.date(correction.proposedAt(), UI.getCurrent().getLocale()))));
        Grid<CorrectionSummary.Change> changes = new Grid<>();
        changes.setId("correction-changes");
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.addColumn(c -> form.getTranslation(c.field().labelKey())).setHeader(form.getTranslation("correction.review.field"));
        changes.addColumn(CorrectionSummary.Change::oldValue).setHeader(form.getTranslation("correction.review.old"));
        changes.addColumn(CorrectionSummary.Change::newValue).setHeader(form.getTranslation("correction.review.new"));
        changes.setItems(correction.changes());
        changes.setAllRowsVisible(true);
        form.add(changes);
        if (correction.note() != null) {
            form.add(new Paragraph(form.getTranslation("correction.review.note", correction.note())));
        }
        TextArea reason = new TextArea(form.getTranslation("correction.review.reason"));
        reason.setId("correction-reject-reason");
        reason.setMaxLength(2000);
        reason.setWidthFull();
        Button accept = new Button(form.getTranslation("correction.review.accept"), e -> {
            if (UiErrors.attempt(() -> review.accept(task.id()))) {
                afterCompletion.run();
            }
        });
        accept.setId("correction-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reject = new Button(form.getTranslation("correction.review.reject"), e -> {
            if (UiErrors.attempt(() -> review.reject(task.id(), reason.getValue()))) {
                afterCompletion.run();
            }
        });
        reject.setId("correction-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        form.add(reason, new HorizontalLayout(accept, reject));
        return form;
    }
}
