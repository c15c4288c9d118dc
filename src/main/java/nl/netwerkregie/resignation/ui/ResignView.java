package nl.netwerkregie.resignation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.resignation.MembershipEnding;
import nl.netwerkregie.resignation.ResignationQueries;
import nl.netwerkregie.resignation.ResignationService;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * "Lidmaatschap opzeggen": a member contact resigns for their organisation in writing, with reasons, and sees
 * the end date before sending. An open resignation can be withdrawn here until the end date.
 */
@Route(value = "opzeggen", layout = MainLayout.class)
@RolesAllowed({Roles.MEMBER_CONTACT, Roles.COORDINATOR})
public class ResignView extends VerticalLayout implements HasDynamicTitle {

    private final ResignationService endings;
    private final ResignationQueries queries;
    final ComboBox<Organisation> organisation = new ComboBox<>();
    final Span endDate = new Span();
    final TextArea reasons = new TextArea();
    final Button submit = new Button();
    private final VerticalLayout state = new VerticalLayout();

    ResignView(ResignationService endings, ResignationQueries queries) {
        this.endings = endings;
        this.queries = queries;
        H2 title = new H2(getTranslation("resign.title"));
        title.setId("resign-title");
        List<Organisation> mine = queries.organisationsICanResignFor();
        organisation.setLabel(getTranslation("organisation.name"));
        organisation.setId("resign-organisation");
        organisation.setItems(mine);
        organisation.setItemLabelGenerator(Organisation::getName);
        organisation.setWidth("30em");
        organisation.addValueChangeListener(e -> showState());
        endDate.setId("resign-end-date");
        endDate.setText(getTranslation("resign.endDate", Formats.date(queries.endDateIfResignedToday(), getLocale())));
        reasons.setLabel(getTranslation("resign.reasons"));
        reasons.setId("resign-reasons");
        reasons.setRequiredIndicatorVisible(true);
        reasons.setMaxLength(4000);
        reasons.setWidthFull();
        submit.setText(getTranslation("resign.submit"));
        submit.setId("resign-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        submit.addClickListener(e -> submit());
        state.setPadding(false);
        add(title, new Paragraph(getTranslation("resign.intro")), organisation, state);
        if (mine.size() == 1) {
            organisation.setValue(mine.get(0));
        } else if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("resign.noOrganisation")));
        }
    }

    private void showState() {
        state.removeAll();
        Organisation o = organisation.getValue();
        if (o == null) {
            return;
        }
        var open = queries.openEndingOf(o.getId());
        if (open.isPresent()) {
            showOpen(open.get());
        } else {
            state.add(endDate, reasons, submit);
        }
    }

    private void showOpen(MembershipEnding ending) {
        Span status = new Span(getTranslation("resign.open", getTranslation("ending.kind." + ending.getKind()),
                getTranslation("ending.status." + ending.getStatus()), Formats.date(ending.getEndDate(), getLocale())));
        status.setId("resign-status");
        state.add(status);
        if (ending.getKind() == nl.netwerkregie.resignation.EndingKind.RESIGNATION) {
            Button withdraw = new Button(getTranslation("resign.withdraw"), e -> {
                if (UiErrors.attempt(() -> endings.withdraw(ending.getId()))) {
                    UiErrors.showSuccess(getTranslation("resign.withdrawn"));
                    showState();
                }
            });
            withdraw.setId("resign-withdraw");
            state.add(withdraw);
        }
    }

    private void submit() {
        Organisation o = organisation.getValue();
        if (o == null) {
            organisation.setErrorMessage(getTranslation("validation.required"));
            organisation.setInvalid(true);
            return;
        }
        try {
            endings.resign(o.getId(), reasons.getValue());
            UiErrors.showSuccess(getTranslation("resign.sent"));
            showState();
        } catch (DomainException e) {
            if ("resignation.reasonsRequired".equals(e.messageKey())) {
                reasons.setErrorMessage(getTranslation(e.messageKey()));
                reasons.setInvalid(true);
            } else {
                UiErrors.showError(getTranslation(e.messageKey(), e.arguments()));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("resign.title") + " – Netwerkregie";
    }
}
