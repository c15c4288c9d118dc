package nl.netwerkregie.workinggroup.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.ui.EuroField;
import nl.netwerkregie.shared.ui.UiErrors;
import nl.netwerkregie.workinggroup.ReportForm;
import nl.netwerkregie.workinggroup.TimelineStatus;

/** A progress report in the assignment's format; the final report asks for the result achieved instead of progress. */
class ReportEditor extends FormLayout {

    final RadioButtonGroup<TimelineStatus> status = new RadioButtonGroup<>();
    final TextArea progress = new TextArea();
    final TextArea nextSteps = new TextArea();
    final TextArea problems = new TextArea();
    final BigDecimalField budgetUsed = new EuroField();
    final Checkbox finalReport = new Checkbox();

    ReportEditor() {
        setResponsiveSteps(new ResponsiveStep("0", 1));
        status.setLabel(getTranslation("werkgroep.report.status"));
        status.setId("report-status");
        status.setItems(TimelineStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("werkgroep.report.status." + s));
        status.setRequired(true);
        finalReport.setLabel(getTranslation("werkgroep.report.final"));
        finalReport.setId("report-final");
        finalReport.addValueChangeListener(e -> progress.setLabel(getTranslation(
                Boolean.TRUE.equals(e.getValue()) ? "werkgroep.report.result" : "werkgroep.report.progress")));
        setUp(progress, "werkgroep.report.progress", "report-progress");
        progress.setRequired(true);
        setUp(nextSteps, "werkgroep.report.nextSteps", "report-next-steps");
        setUp(problems, "werkgroep.report.problems", "report-problems");
        budgetUsed.setLabel(getTranslation("werkgroep.report.budgetUsed"));
        budgetUsed.setId("report-budget-used");
        add(status, finalReport, progress, nextSteps, problems, budgetUsed);
    }

    private void setUp(TextArea area, String key, String id) {
        area.setLabel(getTranslation(key));
        area.setId(id);
        area.setMaxLength(4000);
        area.setWidthFull();
    }

    /** Runs the action with the report; refusals show at their field. */
    boolean submit(Consumer<ReportForm> action) {
        for (HasValidation f : new HasValidation[] {status, progress, budgetUsed}) {
            f.setInvalid(false);
        }
        ReportForm form = new ReportForm(status.getValue(), progress.getValue(), nextSteps.getValue(),
                problems.getValue(), budgetUsed.getValue(), Boolean.TRUE.equals(finalReport.getValue()));
        boolean[] shownAtField = {false};
        boolean done = UiErrors.attempt(() -> {
            try {
                action.accept(form);
            } catch (DomainException e) {
                HasValidation field = switch (e.messageKey()) {
                    case "werkgroep.report.statusRequired" -> status;
                    case "werkgroep.report.progressRequired", "werkgroep.report.resultRequired" -> progress;
                    case "werkgroep.report.budgetNegative" -> budgetUsed;
                    default -> null;
                };
                if (field == null) {
                    throw e;
                }
                field.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                field.setInvalid(true);
                shownAtField[0] = true;
            }
        });
        return done && !shownAtField[0];
    }
}
