package nl.netwerkregie.workinggroup.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Locale;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.workinggroup.ProgressReport;

/** One progress report (or the final report), with the coordinator's question and the chair's answer. */
class ReportSummary extends VerticalLayout {

    ReportSummary(ProgressReport report, UserDirectory users) {
        Locale locale = UI.getCurrent().getLocale();
        setPadding(false);
        addClassName("progress-report");
        String by = users.displayName(report.getSubmittedBy());
        add(new H4(getTranslation(report.isFinalReport() ? "werkgroep.report.finalHeading" : "werkgroep.report.heading",
                Formats.date(report.getDueDate(), locale), by)));
        FormLayout facts = new FormLayout();
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        facts.getStyle().set("--vaadin-form-item-label-width", "13em");
        Span state = new Span(getTranslation("werkgroep.report.state." + report.getState()));
        state.getElement().getThemeList().add(switch (report.getState()) {
            case ACCEPTED -> "badge success";
            case QUESTIONED -> "badge contrast";
            default -> "badge";
        });
        facts.addFormItem(state, getTranslation("werkgroep.assignment.status"));
        facts.addFormItem(new Span(Formats.dateTime(report.getSubmittedAt(), locale)), getTranslation("werkgroep.report.submitted"));
        facts.addFormItem(new Span(getTranslation("werkgroep.report.status." + report.getTimelineStatus())),
                getTranslation("werkgroep.report.status"));
        facts.addFormItem(VersionSummary.text(report.getProgress()), getTranslation(report.isFinalReport()
                ? "werkgroep.report.result" : "werkgroep.report.progress"));
        facts.addFormItem(VersionSummary.text(report.getNextSteps()), getTranslation("werkgroep.report.nextSteps"));
        facts.addFormItem(VersionSummary.text(report.getProblems()), getTranslation("werkgroep.report.problems"));
        facts.addFormItem(new Span(Formats.euro(report.getBudgetUsed(), locale)), getTranslation("werkgroep.report.budgetUsed"));
        if (report.getQuestion() != null) {
            facts.addFormItem(VersionSummary.text(report.getQuestion()), getTranslation("werkgroep.report.question"));
            facts.addFormItem(VersionSummary.text(report.getAnswer()), getTranslation("werkgroep.report.answer"));
        }
        add(facts);
    }
}
