package nl.netwerkregie.budget.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.budget.BudgetService;
import nl.netwerkregie.budget.EntryChoices;
import nl.netwerkregie.budget.EntryForm;
import nl.netwerkregie.budget.EntryKind;
import nl.netwerkregie.budget.EntryRow;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.theme.ThemeCommitments;
import nl.netwerkregie.shared.ui.DatePickers;
import nl.netwerkregie.shared.ui.EuroField;
import nl.netwerkregie.shared.ui.UiErrors;
import nl.netwerkregie.workinggroup.AssignmentBudget;

/**
 * Records a new entry or corrects one. When the service refuses what was typed, the field that is wrong says why
 * and everything typed stays; a correction someone else made meanwhile is reported, not overwritten.
 */
class EntryDialog extends Dialog {

    final RadioButtonGroup<EntryKind> kind = new RadioButtonGroup<>();
    final DatePicker date = DatePickers.create();
    final EuroField amount = new EuroField();
    final TextArea description = new TextArea();
    final Select<String> theme = new Select<>();
    final ComboBox<AssignmentBudget> assignment = new ComboBox<>();
    final Select<String> incomeLine = new Select<>();
    final ReceiptField receipt = new ReceiptField();
    final Button save = new Button();
    private final BudgetService budget;
    private final EntryChoices choices;
    private final EntryRow existing;
    private final Runnable saved;

    /** @param existing the entry to correct, or null for a new one */
    EntryDialog(BudgetService budget, EntryChoices choices, EntryRow existing, LocalDate today, Runnable saved) {
        this.budget = budget;
        this.choices = choices;
        this.existing = existing;
        this.saved = saved;
        setHeaderTitle(getTranslation(existing == null ? "budget.dialog.new" : "budget.dialog.edit"));
        kind.setLabel(getTranslation("budget.entry.kind"));
        kind.setItems(EntryKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("budget.kind." + k));
        kind.setId("entry-kind");
        date.setLabel(getTranslation("budget.entry.date"));
        date.setId("entry-date");
        date.setMax(today);
        amount.setLabel(getTranslation("budget.entry.amount"));
        amount.setId("entry-amount");
        description.setLabel(getTranslation("budget.entry.description"));
        description.setId("entry-description");
        description.setMaxLength(500);
        theme.setLabel(getTranslation("budget.entry.theme"));
        theme.setItems(choices.themes());
        theme.setId("entry-theme");
        theme.addValueChangeListener(e -> offerAssignments());
        assignment.setLabel(getTranslation("budget.entry.assignment"));
        assignment.setItemLabelGenerator(a -> a.werkgroepName() + ": " + a.doel());
        assignment.setPlaceholder(getTranslation("budget.entry.noAssignment"));
        assignment.setClearButtonVisible(true);
        assignment.setId("entry-assignment");
        incomeLine.setLabel(getTranslation("budget.entry.incomeLine"));
        incomeLine.setItems(choices.incomeLines());
        incomeLine.setId("entry-income-line");
        kind.addValueChangeListener(e -> showFieldsOf(e.getValue()));
        fill(existing, today);
        save.setText(getTranslation("budget.save"));
        save.setId("entry-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        FormLayout form = new FormLayout(kind, date, amount, description, theme, assignment, incomeLine, receipt);
        form.setColspan(description, 2);
        form.setColspan(receipt, 2);
        add(form);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void fill(EntryRow row, LocalDate today) {
        EntryForm form = row == null ? EntryForm.spending(today, null, null, null, null) : row.form();
        kind.setValue(form.kind());
        date.setValue(form.date());
        amount.setValue(form.amount());
        description.setValue(form.description() == null ? "" : form.description());
        theme.setValue(form.theme());
        offerAssignments();
        assignment.setValue(choices.assignments().stream()
                .filter(a -> form.assignmentId() != null && a.assignmentId() == form.assignmentId()).findFirst()
                .orElse(null));
        incomeLine.setValue(form.incomeLine());
        showFieldsOf(form.kind());
    }

    private void offerAssignments() {
        String key = ThemeCommitments.key(theme.getValue());
        AssignmentBudget chosen = assignment.getValue();
        List<AssignmentBudget> ofTheme = choices.assignments().stream()
                .filter(a -> ThemeCommitments.key(a.theme()).equals(key)).toList();
        assignment.setItems(ofTheme);
        assignment.setValue(ofTheme.contains(chosen) ? chosen : null);
    }

    private void showFieldsOf(EntryKind value) {
        boolean spending = value != EntryKind.INCOME;
        theme.setVisible(spending);
        assignment.setVisible(spending);
        incomeLine.setVisible(!spending);
    }

    private EntryForm typed() {
        boolean spending = kind.getValue() != EntryKind.INCOME;
        return new EntryForm(kind.getValue(), date.getValue(), amount.getValue(), description.getValue(),
                spending ? theme.getValue() : null,
                spending && assignment.getValue() != null ? assignment.getValue().assignmentId() : null,
                spending ? null : incomeLine.getValue());
    }

    void save() {
        List<HasValidation> fields = List.of(kind, date, amount, description, theme, assignment, incomeLine);
        fields.forEach(f -> f.setInvalid(false));
        try {
            if (existing == null) {
                budget.record(typed(), receipt.document());
            } else {
                budget.correct(existing.id(), existing.version(), typed(), receipt.document());
            }
        } catch (DomainException ex) {
            HasValidation field = fieldOf(ex.messageKey());
            String message = getTranslation(ex.messageKey(), ex.arguments());
            if (field == null) {
                UiErrors.showError(message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
            return;
        }
        receipt.forget();
        close();
        UiErrors.showSuccess(getTranslation("budget.saved"));
        saved.run();
    }

    private HasValidation fieldOf(String key) {
        Map<String, HasValidation> byKey = Map.ofEntries(Map.entry("budget.kindRequired", kind),
                Map.entry("budget.dateRequired", date), Map.entry("budget.dateInFuture", date),
                Map.entry("budget.noAdoptedPlan", date), Map.entry("budget.amountRequired", amount),
                Map.entry("budget.amountPositive", amount), Map.entry("budget.amountCents", amount),
                Map.entry("budget.amountTooLarge", amount), Map.entry("budget.descriptionRequired", description),
                Map.entry("validation.tooLong", description), Map.entry("budget.themeRequired", theme),
                Map.entry("budget.themeNotInPlan", theme), Map.entry("budget.assignmentNotRunning", assignment),
                Map.entry("budget.assignmentOtherTheme", assignment), Map.entry("budget.incomeLineRequired", incomeLine),
                Map.entry("budget.incomeLineNotInPlan", incomeLine));
        return byKey.get(key);
    }
}
