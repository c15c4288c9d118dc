package nl.netwerkregie.workinggroup.ui;

import nl.netwerkregie.shared.ui.NarrowScreens;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.stream.IntStream;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.ui.DueBadge;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.workinggroup.AssignmentOverview;
import nl.netwerkregie.workinggroup.AssignmentQueries;
import nl.netwerkregie.workinggroup.AssignmentResults;
import nl.netwerkregie.shared.ui.RowOpening;

/**
 * "Opdrachten": every werkgroep assignment with its status and the next report due, late ones first. A chair sees
 * only the assignments of the werkgroepen they chair.
 */
@Route(value = "opdrachten", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARY, Roles.BOARD_MEMBER, Roles.WERKGROEP_CHAIR})
public class AssignmentsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<AssignmentOverview> grid;

    AssignmentsView(AssignmentQueries assignments, AssignmentResults results, CurrentUser currentUser, Clock clock) {
        setSizeFull();
        add(new H2(getTranslation("werkgroep.assignment.title")));
        if (currentUser.has(Role.COORDINATOR)) {
            Button draft = new Button(getTranslation("werkgroep.assignment.new"),
                    e -> UI.getCurrent().navigate(AssignmentDraftView.class));
            draft.setId("new-assignment");
            draft.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(draft);
        }
        grid = grid(this);
        // In memory on purpose: Opdrachten is ordered by the computed next report (see docs/architecture.md).
        var rows = grid.setItems(assignments.visible());
        com.vaadin.flow.component.checkbox.Checkbox onlyLate = new com.vaadin.flow.component.checkbox.Checkbox(
                getTranslation("werkgroep.assignment.onlyLate"));
        onlyLate.setId("assignments-only-late");
        onlyLate.addValueChangeListener(e -> rows.setFilter(e.getValue() ? AssignmentOverview::late : null));
        add(onlyLate, grid);
        if (currentUser.has(Role.COORDINATOR) || currentUser.has(Role.SECRETARY) || currentUser.has(Role.BOARD_MEMBER)) {
            add(resultsForTheAnnualReport(results, LocalDate.now(clock).getYear()));
        }
    }

    /** A year and a download of what the assignments closed in it achieved, for the jaarverslag. */
    private HorizontalLayout resultsForTheAnnualReport(AssignmentResults results, int thisYear) {
        Select<Integer> year = new Select<>();
        year.setLabel(getTranslation("werkgroep.results.year"));
        year.setId("results-year");
        year.setItems(IntStream.rangeClosed(0, 5).map(back -> thisYear - back).boxed().toList());
        year.setValue(thisYear);
        Locale locale = getLocale();
        Anchor download = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = results.csv(year.getValue(), locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "resultaten-werkgroepen-" + year.getValue()
                    + ".csv", "text/csv", bytes.length);
        }), getTranslation("werkgroep.results.download"));
        download.setId("results-csv");
        HorizontalLayout row = new HorizontalLayout(year, download);
        row.setAlignItems(Alignment.BASELINE);
        return row;
    }

    /** The list of assignments as this view and a werkgroep's page show it; a click opens the assignment. */
    static Grid<AssignmentOverview> grid(Component owner) {
        Grid<AssignmentOverview> grid = new Grid<>();
        grid.setId("assignment-grid");
        grid.addColumn(AssignmentOverview::werkgroepName).setHeader(owner.getTranslation("werkgroep.assignment.werkgroep"))
                .setSortable(true).setFlexGrow(1);
        Grid.Column<AssignmentOverview> doel = grid.addColumn(AssignmentOverview::doel).setHeader(owner.getTranslation("werkgroep.assignment.doel")).setFlexGrow(3);
        Grid.Column<AssignmentOverview> status = grid.addColumn(a -> owner.getTranslation("werkgroep.assignment.status." + a.status()))
                .setHeader(owner.getTranslation("werkgroep.assignment.status")).setSortable(true);
        grid.addColumn(a -> Formats.date(a.startDate(), UI.getCurrent().getLocale()) + " – " + Formats.date(a.endDate(), UI.getCurrent().getLocale()))
                .setHeader(owner.getTranslation("werkgroep.assignment.timeline")).setAutoWidth(true);
        grid.addComponentColumn(a -> a.nextReportDue() == null ? new Span()
                        : new DueBadge(a.nextReportDue().atStartOfDay(ZoneId.of("Europe/Amsterdam")).toInstant(), a.late()))
                .setHeader(owner.getTranslation("werkgroep.assignment.nextReport")).setAutoWidth(true)
                .setComparator(java.util.Comparator.comparing(AssignmentOverview::nextReportDue,
                        java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .setSortable(true);
        grid.setEmptyStateText(owner.getTranslation("werkgroep.assignment.none"));
        NarrowScreens.keepOnly(grid, doel, status);
        RowOpening.onClickOrEnter(grid, row -> UI.getCurrent().navigate(AssignmentView.class,
                new RouteParameters("id", String.valueOf(row.id()))));
        return grid;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("werkgroep.assignment.title") + " – Netwerkregie";
    }
}
