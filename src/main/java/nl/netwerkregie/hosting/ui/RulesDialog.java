package nl.netwerkregie.hosting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import nl.netwerkregie.hosting.NetworkRow;
import nl.netwerkregie.network.NetworkRulesVersion;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.DatePickers;

/**
 * A change of a network's rules: the text in force to edit, the day the change takes effect (today or later), and
 * why; below it the record of every version. On a refusal the dialog stays open with what was typed.
 */
class RulesDialog extends Dialog {

    /** What the operator asks for. */
    record Change(String yaml, LocalDate validFrom, String reason) {
    }

    final TextArea rules = new TextArea();
    final DatePicker validFrom = DatePickers.create();
    final TextField reason = new TextField();
    final Grid<NetworkRulesVersion> history = new Grid<>();

    /** @param change records the change; returns true when it succeeded (the dialog then closes) */
    RulesDialog(NetworkRow network, String rulesInForce, List<NetworkRulesVersion> versions, LocalDate today,
            Predicate<Change> change) {
        setHeaderTitle(getTranslation("hosting.rules.title", network.name()));
        setWidth("56em");
        rules.setLabel(getTranslation("hosting.rules"));
        rules.setId("rules-text");
        rules.setValue(rulesInForce);
        rules.setWidthFull();
        rules.setHeight("22em");
        validFrom.setLabel(getTranslation("hosting.rules.validFrom"));
        validFrom.setId("rules-valid-from");
        validFrom.setMin(today);
        validFrom.setValue(today.plusDays(1));
        validFrom.setHelperText(getTranslation("hosting.rules.validFromHelp"));
        reason.setLabel(getTranslation("hosting.rules.reason"));
        reason.setId("rules-reason");
        reason.setRequiredIndicatorVisible(true);
        reason.setMaxLength(500);

        history.setId("rules-history");
        history.addColumn(v -> Formats.date(v.getValidFrom(), getLocale()))
                .setHeader(getTranslation("hosting.history.validFrom")).setAutoWidth(true);
        history.addColumn(v -> "registered".equals(v.getReason()) ? getTranslation("hosting.history.registered")
                : v.getReason()).setHeader(getTranslation("hosting.history.reason")).setFlexGrow(3);
        history.addColumn(NetworkRulesVersion::getRecordedBy).setHeader(getTranslation("hosting.history.by"))
                .setAutoWidth(true);
        history.addColumn(v -> Formats.dateTime(v.getRecordedAt(), getLocale()))
                .setHeader(getTranslation("hosting.history.recordedAt")).setAutoWidth(true);
        history.setItems(versions);
        history.setAllRowsVisible(true);

        add(rules, new FormLayout(validFrom, reason), new H4(getTranslation("hosting.history.title")), history);
        Button save = new Button(getTranslation("hosting.rules.save"), e -> {
            if (change.test(new Change(rules.getValue(), validFrom.getValue(), reason.getValue()))) {
                close();
            }
        });
        save.setId("rules-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
