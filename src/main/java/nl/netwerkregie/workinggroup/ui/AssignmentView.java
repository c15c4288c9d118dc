package nl.netwerkregie.workinggroup.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.shared.ui.DueBadge;
import nl.netwerkregie.shared.ui.EntityPage;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.workinggroup.AssignmentOverview;
import nl.netwerkregie.workinggroup.AssignmentQueries;
import nl.netwerkregie.workinggroup.AssignmentVersion;
import nl.netwerkregie.workinggroup.ProgressReport;
import nl.netwerkregie.workinggroup.TimelineEntry;

/**
 * One assignment: where it stands, its time line (start, milestones, reports, next report due, end, by date),
 * every version put to the board, and every report. A chair sees only the assignments of the werkgroepen they
 * chair; another one shows as not found.
 */
@Route(value = "opdrachten/:id", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARY, Roles.BOARD_MEMBER, Roles.WERKGROEP_CHAIR})
public class AssignmentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AssignmentQueries assignments;
    private final UserDirectory users;
    private final Clock clock;
    private String title = "Netwerkregie";

    AssignmentView(AssignmentQueries assignments, UserDirectory users, Clock clock) {
        this.assignments = assignments;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        EntityPage.load(event, this, assignments::overview, "werkgroep.assignment.notFound").ifPresent(this::show);
    }

    private void show(AssignmentOverview assignment) {
        String heading = getTranslation("werkgroep.assignment.pageTitle", String.valueOf(assignment.id()),
                assignment.werkgroepName());
        title = heading + " – Netwerkregie";
        H2 h2 = new H2(heading);
        h2.setId("assignment-title");
        Span status = new Span(getTranslation("werkgroep.assignment.status." + assignment.status()));
        status.setId("assignment-status");
        status.getElement().getThemeList().add("badge");
        HorizontalLayout top = new HorizontalLayout(status);
        top.setAlignItems(Alignment.BASELINE);
        if (assignment.nextReportDue() != null) {
            top.add(new Span(getTranslation("werkgroep.assignment.nextReport") + ":"), new DueBadge(
                    assignment.nextReportDue().atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant(), assignment.late()));
        }
        List<TimelineEntry> entries = assignments.timeline(assignment.id());
        add(h2, top, new H3(getTranslation("werkgroep.assignment.timeline")),
                new TimeAxis(entries, LocalDate.now(clock), getLocale()), timeline(entries));

        List<AssignmentVersion> versions = assignments.versions(assignment.id());
        add(new H3(getTranslation("werkgroep.assignment.versions")));
        VerticalLayout versionList = new VerticalLayout();
        versionList.setPadding(false);
        versionList.setId("assignment-versions");
        for (int i = versions.size() - 1; i >= 0; i--) {
            AssignmentVersion version = versions.get(i);
            versionList.add(new H4(getTranslation("werkgroep.assignment.version", version.getNumber(),
                    Formats.date(version.getSubmittedAt(), getLocale()), users.displayName(version.getSubmittedBy()))),
                    new VersionSummary(version, true));
        }
        add(versionList);

        add(new H3(getTranslation("werkgroep.assignment.reports")));
        List<ProgressReport> reports = assignments.reports(assignment.id());
        VerticalLayout reportList = new VerticalLayout();
        reportList.setPadding(false);
        reportList.setId("assignment-reports");
        if (reports.isEmpty()) {
            reportList.add(new Span(getTranslation("werkgroep.assignment.noReports")));
        }
        for (int i = reports.size() - 1; i >= 0; i--) {
            reportList.add(new ReportSummary(reports.get(i), users));
        }
        add(reportList);
    }

    /** The time axis as a list by date: each point with its date, kind and what it is about; past ones dimmed. */
    private VerticalLayout timeline(List<TimelineEntry> entries) {
        VerticalLayout axis = new VerticalLayout();
        axis.setId("assignment-timeline");
        axis.setPadding(false);
        axis.setSpacing(false);
        axis.getStyle().set("border-left", "3px solid var(--lumo-primary-color)").set("padding-left", "var(--lumo-space-m)");
        for (TimelineEntry entry : entries) {
            Span date = new Span(Formats.date(entry.date(), getLocale()));
            date.getStyle().set("min-width", "8em").set("font-weight", "600");
            Span kind = new Span(getTranslation("werkgroep.timeline." + entry.kind()));
            kind.getElement().getThemeList().add(switch (entry.kind()) {
                case "REPORT", "FINAL_REPORT" -> "badge success";
                case "NEXT_REPORT" -> "badge contrast";
                case "MILESTONE" -> "badge";
                default -> "badge contrast";
            });
            String about = entry.kind().endsWith("REPORT") && !entry.text().isEmpty()
                    ? getTranslation("werkgroep.report.status." + entry.text()) : entry.text();
            HorizontalLayout row = new HorizontalLayout(date, kind, new Span(about));
            row.setAlignItems(Alignment.BASELINE);
            row.addClassName("timeline-entry");
            axis.add(row);
        }
        return axis;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
