package nl.netwerkregie.workinggroup.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.ui.DatePickers;
import nl.netwerkregie.shared.ui.EuroField;
import nl.netwerkregie.shared.ui.UiErrors;
import nl.netwerkregie.workinggroup.AssignmentForm;
import nl.netwerkregie.workinggroup.Milestone;
import nl.netwerkregie.workinggroup.Werkgroep;

/**
 * An assignment in the fixed format: werkgroep (when it is to be chosen), doel, gewenst resultaat, tijdspad with
 * milestones, theme, budget and proposed composition. Used to draft and to revise. The service's refusals show at
 * their field; nothing typed is lost.
 */
class AssignmentEditor extends VerticalLayout {

    final ComboBox<Werkgroep> werkgroep = new ComboBox<>();
    final TextArea doel = new TextArea();
    final TextArea result = new TextArea();
    final ThemeField theme;
    final DatePicker start = DatePickers.create();
    final DatePicker end = DatePickers.create();
    final BigDecimalField budget = new EuroField();
    final TextArea composition = new TextArea();
    final List<MilestoneRow> milestones = new ArrayList<>();
    private final VerticalLayout milestoneRows = new VerticalLayout();
    private final Long fixedWerkgroepId;

    record MilestoneRow(HorizontalLayout row, DatePicker date, TextField description) {
    }

    /**
     * @param choices          the werkgroepen to choose from; null when the werkgroep is fixed
     * @param fixedWerkgroepId the werkgroep when it is fixed (a revision)
     * @param initial          what to start from, or null
     * @param themes           the themes to offer (the jaarplan's first)
     */
    AssignmentEditor(List<Werkgroep> choices, Long fixedWerkgroepId, AssignmentForm initial, List<String> themes) {
        this.fixedWerkgroepId = fixedWerkgroepId;
        theme = new ThemeField(getTranslation("werkgroep.assignment.theme"), "assignment-theme", themes);
        setPadding(false);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        werkgroep.setLabel(getTranslation("werkgroep.assignment.werkgroep"));
        werkgroep.setId("assignment-werkgroep");
        werkgroep.setItemLabelGenerator(Werkgroep::getName);
        werkgroep.setRequired(true);
        if (choices != null) {
            werkgroep.setItems(choices);
            form.add(werkgroep, 2);
        }
        setUp(doel, "werkgroep.assignment.doel", "assignment-doel", 4000);
        setUp(result, "werkgroep.assignment.result", "assignment-result", 4000);
        doel.setRequired(true);
        result.setRequired(true);
        werkgroep.addValueChangeListener(e -> {
            // The assignment usually serves its werkgroep's theme: offer it, never overwrite a chosen one.
            if (e.getValue() != null && theme.isEmpty() && e.getValue().getTheme() != null) {
                theme.setTheme(e.getValue().getTheme());
            }
        });
        start.setLabel(getTranslation("werkgroep.assignment.start"));
        start.setId("assignment-start");
        start.setRequired(true);
        end.setLabel(getTranslation("werkgroep.assignment.end"));
        end.setId("assignment-end");
        end.setRequired(true);
        budget.setLabel(getTranslation("werkgroep.assignment.budget"));
        budget.setId("assignment-budget");
        setUp(composition, "werkgroep.assignment.composition", "assignment-composition", 2000);
        form.add(doel, 2);
        form.add(result, 2);
        form.add(start, end, theme, budget);
        form.add(composition, 2);

        milestoneRows.setPadding(false);
        milestoneRows.setId("assignment-milestones");
        Button add = new Button(getTranslation("werkgroep.assignment.addMilestone"), e -> addMilestone(null));
        add.setId("add-milestone");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(form, new H4(getTranslation("werkgroep.assignment.milestones")), milestoneRows, add);

        if (initial != null) {
            doel.setValue(nullToEmpty(initial.doel()));
            result.setValue(nullToEmpty(initial.gewenstResultaat()));
            theme.setTheme(initial.theme());
            start.setValue(initial.startDate());
            end.setValue(initial.endDate());
            budget.setValue(initial.budget());
            composition.setValue(nullToEmpty(initial.composition()));
            initial.milestones().forEach(this::addMilestone);
        }
    }

    private void setUp(TextArea area, String labelKey, String id, int max) {
        area.setLabel(getTranslation(labelKey));
        area.setId(id);
        area.setMaxLength(max);
        area.setWidthFull();
    }

    /** Adds a milestone row (empty, or filled from an earlier version). */
    MilestoneRow addMilestone(Milestone from) {
        int number = milestones.size() + 1;
        DatePicker date = DatePickers.create(getTranslation("werkgroep.assignment.milestoneDate"));
        date.setId("milestone-date-" + number);
        TextField description = new TextField(getTranslation("werkgroep.assignment.milestoneDescription"));
        description.setId("milestone-description-" + number);
        description.setMaxLength(500);
        description.setWidthFull();
        HorizontalLayout row = new HorizontalLayout(date, description);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        MilestoneRow line = new MilestoneRow(row, date, description);
        Button remove = new Button(getTranslation("werkgroep.assignment.removeMilestone"), e -> {
            milestones.remove(line);
            milestoneRows.remove(row);
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        row.add(remove);
        if (from != null) {
            date.setValue(from.dueDate());
            description.setValue(nullToEmpty(from.description()));
        }
        milestones.add(line);
        milestoneRows.add(row);
        return line;
    }

    /**
     * Checks the required fields (all marked at once), then runs the action with the form. A refusal of the
     * service shows at its field when it belongs to one, else as a message.
     *
     * @return true when the action succeeded
     */
    boolean submit(Consumer<AssignmentForm> action) {
        clearErrors();
        boolean filled = required(doel, doel.getValue() != null && !doel.getValue().isBlank(), "werkgroep.assignment.doelRequired")
                & required(result, result.getValue() != null && !result.getValue().isBlank(), "werkgroep.assignment.resultRequired")
                & required(start, start.getValue() != null, "werkgroep.assignment.startRequired")
                & required(end, end.getValue() != null, "werkgroep.assignment.endRequired")
                & (fixedWerkgroepId != null || required(werkgroep, werkgroep.getValue() != null,
                        "werkgroep.assignment.werkgroepRequired"));
        if (!filled) {
            return false;
        }
        List<MilestoneRow> used = milestones.stream().filter(m -> m.date().getValue() != null
                || !m.description().getValue().isBlank()).toList();
        AssignmentForm form = new AssignmentForm(fixedWerkgroepId != null ? fixedWerkgroepId : werkgroep.getValue().getId(),
                doel.getValue(), result.getValue(), theme.theme(), start.getValue(), end.getValue(),
                used.stream().map(m -> new Milestone(m.date().getValue(), m.description().getValue())).toList(),
                budget.getValue(), composition.getValue());
        boolean[] shownAtField = {false};
        boolean done = UiErrors.attempt(() -> {
            try {
                action.accept(form);
            } catch (DomainException e) {
                if (!showAtField(e, used)) {
                    throw e;
                }
                shownAtField[0] = true;
            }
        });
        return done && !shownAtField[0];
    }

    private boolean showAtField(DomainException e, List<MilestoneRow> used) {
        String message = getTranslation(e.messageKey(), e.arguments());
        HasValidation field = switch (e.messageKey()) {
            case "werkgroep.assignment.doelRequired" -> doel;
            case "werkgroep.assignment.resultRequired" -> result;
            case "werkgroep.assignment.startRequired" -> start;
            case "werkgroep.assignment.endRequired", "werkgroep.assignment.endBeforeStart" -> end;
            case "werkgroep.assignment.budgetNegative" -> budget;
            case "werkgroep.themeTooLong" -> theme;
            case "werkgroep.assignment.werkgroepRequired", "werkgroep.chairsRequired", "werkgroep.chairRequired",
                    "werkgroep.viceChairRequired", "werkgroep.chairLoginRequired" ->
                    fixedWerkgroepId == null ? werkgroep : null;
            case "werkgroep.assignment.milestoneOutsideTimeline", "werkgroep.assignment.milestoneIncomplete" -> {
                int index = ((Number) e.arguments()[0]).intValue() - 1;
                yield index >= 0 && index < used.size() ? used.get(index).date() : null;
            }
            default -> null;
        };
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }

    private boolean required(HasValidation field, boolean filled, String key) {
        if (!filled) {
            field.setErrorMessage(getTranslation(key));
            field.setInvalid(true);
        }
        return filled;
    }

    private void clearErrors() {
        List<HasValidation> fields = new ArrayList<>(List.<HasValidation>of(werkgroep, doel, result, start, end, budget, theme, composition));
        milestones.forEach(m -> fields.add(m.date()));
        fields.forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
