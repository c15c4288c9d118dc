package nl.netwerkregie.resignation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.resignation.EndingKind;
import nl.netwerkregie.resignation.MembershipEnding;
import nl.netwerkregie.resignation.ResignationPreview;
import nl.netwerkregie.resignation.ResignationQueries;
import nl.netwerkregie.resignation.ResignationService;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.DatePickers;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * "Lidmaatschap opzeggen": a member contact resigns for their organisation in writing, with reasons; or a
 * coordinator records, on the member's behalf, a resignation that came by letter or e-mail, with the day it was
 * received. Both see the end date, and confirm it once more in a dialog before anything is sent. An open
 * resignation can be withdrawn here until the end date, also after a confirmation.
 */
@Route(value = "opzeggen", layout = MainLayout.class)
@RolesAllowed({Roles.MEMBER_CONTACT, Roles.COORDINATOR})
public class ResignView extends VerticalLayout implements HasDynamicTitle {

    private final ResignationService endings;
    private final ResignationQueries queries;
    private final Clock clock;
    final ComboBox<Organisation> organisation = new ComboBox<>();
    final Paragraph intro = new Paragraph();
    final DatePicker receivedOn = DatePickers.create();
    final Span endDate = new Span();
    final TextArea reasons = new TextArea();
    final Button submit = new Button();
    private final VerticalLayout state = new VerticalLayout();
    /** Whether the chosen organisation's resignation is recorded on its behalf (the coordinator's wording). */
    private boolean onBehalf;

    ResignView(ResignationService endings, ResignationQueries queries, Clock clock) {
        this.endings = endings;
        this.queries = queries;
        this.clock = clock;
        H2 title = new H2(getTranslation("resign.title"));
        title.setId("resign-title");
        List<Organisation> mine = queries.organisationsICanResignFor();
        organisation.setLabel(getTranslation("organisation.name"));
        organisation.setId("resign-organisation");
        organisation.setItems(mine);
        organisation.setItemLabelGenerator(Organisation::getName);
        organisation.setWidth("30em");
        organisation.addValueChangeListener(e -> showState());
        intro.setId("resign-intro");
        intro.setText(getTranslation(mine.stream().anyMatch(queries::onBehalfOf) ? "resign.onBehalf.intro" : "resign.intro"));
        receivedOn.setLabel(getTranslation("resign.receivedOn"));
        receivedOn.setId("resign-received-on");
        receivedOn.setRequiredIndicatorVisible(true);
        receivedOn.addValueChangeListener(e -> showEndDate());
        endDate.setId("resign-end-date");
        reasons.setId("resign-reasons");
        reasons.setRequiredIndicatorVisible(true);
        reasons.setMaxLength(4000);
        reasons.setWidthFull();
        submit.setId("resign-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        submit.addClickListener(e -> askToSubmit());
        state.setPadding(false);
        add(title, intro, organisation, state);
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
        onBehalf = queries.onBehalfOf(o);
        intro.setText(getTranslation(onBehalf ? "resign.onBehalf.intro" : "resign.intro"));
        var open = queries.openEndingOf(o.getId());
        if (open.isPresent()) {
            showOpen(o, open.get());
            return;
        }
        reasons.setLabel(getTranslation(onBehalf ? "resign.onBehalf.reasons" : "resign.reasons"));
        submit.setText(getTranslation(onBehalf ? "resign.onBehalf.submit" : "resign.submit"));
        if (onBehalf) {
            LocalDate today = LocalDate.now(clock);
            receivedOn.setMin(queries.memberSince(o));
            receivedOn.setMax(today);
            receivedOn.setHelperText(getTranslation("resign.onBehalf.receivedOnHelp"));
            if (receivedOn.getValue() == null) {
                receivedOn.setValue(today);
            }
            state.add(receivedOn);
        }
        showEndDate();
        state.add(endDate, reasons, submit);
    }

    /** The end date the notice rule gives: from today for a member's own resignation, else from the received date. */
    private void showEndDate() {
        Organisation o = organisation.getValue();
        if (!onBehalf || o == null) {
            endDate.setText(getTranslation("resign.endDate", Formats.date(queries.endDateIfResignedToday(), getLocale())));
        } else if (receivedOn.getValue() == null) {
            endDate.setText(getTranslation("resign.onBehalf.endDateUnknown"));
        } else {
            endDate.setText(getTranslation("resign.onBehalf.endDate", o.getName(), date(receivedOn.getValue()),
                    date(queries.endDateIfReceivedOn(receivedOn.getValue()))));
        }
    }

    private void showOpen(Organisation o, MembershipEnding ending) {
        Span status = new Span(getTranslation("resign.open", getTranslation("ending.kind." + ending.getKind()),
                getTranslation("ending.status." + ending.getStatus()), date(ending.getEndDate())));
        status.setId("resign-status");
        state.add(status);
        if (ending.getKind() == EndingKind.RESIGNATION) {
            Button withdraw = new Button(getTranslation("resign.withdraw"), e -> askToWithdraw(o, ending));
            withdraw.setId("resign-withdraw");
            state.add(withdraw);
        }
    }

    private void askToWithdraw(Organisation o, MembershipEnding ending) {
        String prefix = onBehalf ? "resign.onBehalf." : "resign.";
        new Confirmation("withdraw-confirmation", getTranslation("resign.withdrawDialog.title"),
                getTranslation(prefix + "withdrawDialog.text", o.getName(), date(ending.getEndDate())),
                getTranslation("resign.withdraw"), getTranslation("resign.withdrawDialog.cancel"), () -> {
                    if (UiErrors.attempt(() -> endings.withdraw(ending.getId()))) {
                        UiErrors.showSuccess(getTranslation(prefix + "withdrawn", o.getName()));
                        showState();
                    }
                }).open();
    }

    /** Checks the resignation on the server first, then shows the end date it gets in a confirmation dialog. */
    private void askToSubmit() {
        Organisation o = organisation.getValue();
        if (o == null) {
            organisation.setErrorMessage(getTranslation("validation.required"));
            organisation.setInvalid(true);
            return;
        }
        LocalDate received = onBehalf ? receivedOn.getValue() : null;
        try {
            ResignationPreview preview = endings.preview(o.getId(), reasons.getValue(), received);
            reasons.setInvalid(false);
            receivedOn.setInvalid(false);
            String text = preview.onBehalf()
                    ? getTranslation("resign.onBehalf.confirmDialog.text", o.getName(), date(preview.receivedOn()), date(preview.endDate()))
                    : getTranslation("resign.confirmDialog.text", o.getName(), date(preview.endDate()));
            new Confirmation("resign-confirmation", getTranslation(preview.onBehalf() ? "resign.onBehalf.confirmDialog.title"
                    : "resign.confirmDialog.title"), text, submit.getText(),
                    getTranslation("resign.confirmDialog.cancel"), () -> send(o, received)).open();
        } catch (DomainException e) {
            showProblem(e);
        }
    }

    private void send(Organisation o, LocalDate received) {
        try {
            endings.resign(o.getId(), reasons.getValue(), received);
            UiErrors.showSuccess(getTranslation(onBehalf ? "resign.onBehalf.sent" : "resign.sent", o.getName()));
            showState();
        } catch (DomainException e) {
            showProblem(e);
        }
    }

    /** A refusal of the reasons or the received date shows at its field; any other as a notification. */
    private void showProblem(DomainException e) {
        Object[] args = Arrays.stream(e.arguments()).map(a -> a instanceof LocalDate d ? date(d) : a).toArray();
        String message = getTranslation(e.messageKey(), args);
        if ("resignation.reasonsRequired".equals(e.messageKey())) {
            reasons.setErrorMessage(message);
            reasons.setInvalid(true);
        } else if (e.messageKey().startsWith("resignation.receivedOn") && onBehalf) {
            receivedOn.setErrorMessage(message);
            receivedOn.setInvalid(true);
        } else {
            UiErrors.showError(message);
        }
    }

    private String date(LocalDate date) {
        return Formats.date(date, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("resign.title") + " – Netwerkregie";
    }
}
