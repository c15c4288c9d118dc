package nl.netwerkregie.myorganisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.Map;
import nl.netwerkregie.myorganisation.CorrectionField;
import nl.netwerkregie.myorganisation.CorrectionService;
import nl.netwerkregie.myorganisation.CorrectionSummary;
import nl.netwerkregie.myorganisation.MyOrganisationPage;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * The contact's proposals to correct the organisation's details: a button opens the details as a form, and
 * each proposal shows what changes (old → new) and where it stands, with the coordinator's reason when rejected.
 */
class CorrectionPanel extends VerticalLayout {

    private final long organisationId;
    private final MyOrganisationPage page;
    private final CorrectionService corrections;
    private final Runnable afterProposal;

    CorrectionPanel(long organisationId, MyOrganisationPage page, CorrectionService corrections, Runnable afterProposal) {
        this.organisationId = organisationId;
        this.page = page;
        this.corrections = corrections;
        this.afterProposal = afterProposal;
        setPadding(false);
        setId("my-organisation-corrections");
        Button propose = new Button(getTranslation("myorg.correction.propose"), e -> openProposal());
        propose.setId("correction-propose");
        add(propose);
        if (page.corrections().isEmpty()) {
            add(new Span(getTranslation("myorg.correction.none")));
        }
        page.corrections().forEach(c -> add(proposal(c)));
    }

    private Div proposal(CorrectionSummary c) {
        Div box = new Div();
        box.setId("correction-" + c.id());
        box.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        Span state = new Span(getTranslation("correction.state." + c.state()));
        state.setId("correction-state-" + c.id());
        state.getElement().getThemeList().add(switch (c.state()) {
            case PROPOSED -> "badge";
            case ACCEPTED -> "badge success";
            case REJECTED -> "badge error";
        });
        box.add(new Div(state, new Span(" " + getTranslation("myorg.correction.proposedOn",
                Formats.date(c.proposedAt(), getLocale())))));
        c.changes().forEach(ch -> box.add(new Div(getTranslation(ch.field().labelKey()) + ": "
                + ch.oldValue() + " → " + ch.newValue())));
        if (c.rejectionReason() != null) {
            Div reason = new Div(getTranslation("myorg.correction.reason", c.rejectionReason()));
            reason.setId("correction-reason-" + c.id());
            box.add(reason);
        }
        return box;
    }

    /** The dialog keeps what was typed when the service refuses it. */
    private void openProposal() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("myorg.correction.propose"));
        FormLayout form = new FormLayout();
        Map<CorrectionField, TextField> fields = new EnumMap<>(CorrectionField.class);
        for (CorrectionField field : CorrectionField.values()) {
            TextField input = new TextField(getTranslation(field.labelKey()));
            input.setId("correction-field-" + field.name());
            input.setValue(page.current().getOrDefault(field, ""));
            fields.put(field, input);
            form.add(input);
        }
        TextArea note = new TextArea(getTranslation("myorg.correction.note"));
        note.setId("correction-note");
        note.setMaxLength(2000);
        form.add(note, 2);
        Button send = new Button(getTranslation("myorg.correction.send"), e -> {
            Map<CorrectionField, String> values = new EnumMap<>(CorrectionField.class);
            fields.forEach((field, input) -> values.put(field, input.getValue()));
            if (UiErrors.attempt(() -> corrections.propose(organisationId, values, note.getValue()))) {
                dialog.close();
                UiErrors.showSuccess(getTranslation("myorg.correction.sent"));
                afterProposal.run();
            }
        });
        send.setId("correction-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), send);
        dialog.open();
    }
}
