package nl.netwerkregie.national.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import nl.netwerkregie.national.NationalCsv;
import nl.netwerkregie.national.NationalFigures;
import nl.netwerkregie.national.NetworkFigures;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.workinggroup.AssignmentStatus;

/**
 * "Landelijk overzicht" for the national organisation (and the operator): one row per network with the figures it
 * shares, "deelt geen cijfers" for one that does not; a network's row opens its figures by kind, year and theme.
 * CSV export of the comparison.
 */
@Route(value = "landelijk", layout = MainLayout.class)
@RolesAllowed({Roles.NATIONAL, Roles.OPERATOR})
public class NationalView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<NetworkFigures> networks = new Grid<>();
    final NetworkDetail detail;
    private final NationalFigures figures;

    NationalView(NationalFigures figures, NationalCsv csv) {
        this.figures = figures;
        this.detail = new NetworkDetail();
        setSizeFull();
        networks.setId("national-grid");
        networks.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        networks.setEmptyStateText(getTranslation("national.none"));
        networks.setAllRowsVisible(true);
        columns(figures.thisYear());
        networks.asSingleSelect().addValueChangeListener(e -> detail.show(e.getValue()));

        Anchor export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv.comparison(getLocale());
            return new DownloadResponse(new ByteArrayInputStream(bytes), "landelijk-overzicht.csv", "text/csv",
                    bytes.length);
        }), getTranslation("national.exportCsv"));
        export.setId("national-csv");
        add(new H2(getTranslation("national.title")), new Paragraph(getTranslation("national.intro")), export,
                networks, detail);
    }

    private void columns(int year) {
        networks.addColumn(NetworkFigures::name).setHeader(getTranslation("national.network")).setKey("network")
                .setFlexGrow(2).setFrozen(true);
        networks.addColumn(n -> n.shared() ? getTranslation("national.yes") : getTranslation("national.notShared"))
                .setHeader(getTranslation("national.shares")).setKey("shares");
        number("members", getTranslation("national.members"), NetworkFigures::members);
        for (int y : new int[] {year, year - 1}) {
            number("admissions-" + y, getTranslation("national.admissionsIn", String.valueOf(y)), n -> n.admissionsIn(y));
            number("endings-" + y, getTranslation("national.endingsIn", String.valueOf(y)), n -> n.endingsIn(y));
        }
        for (AssignmentStatus status : AssignmentStatus.values()) {
            number("assignments-" + status, getTranslation("national.assignmentsWithStatus",
                    getTranslation("werkgroep.assignment.status." + status)), n -> n.assignments(status));
        }
        networks.addColumn(n -> n.shared() ? n.budgetOf(year).map(b -> Formats.euro(b, getLocale())).orElse("") : "")
                .setHeader(getTranslation("national.budgetIn", String.valueOf(year))).setKey("budget")
                .setTextAlign(ColumnTextAlign.END);
        networks.addColumn(n -> n.shared() ? getTranslation("national.notYet") : "")
                .setHeader(getTranslation("national.realisedIn", String.valueOf(year))).setKey("realised");
    }

    /** A count column: empty for a network that does not share (no figures, not zero). */
    private void number(String key, String header, java.util.function.ToLongFunction<NetworkFigures> value) {
        networks.addColumn(n -> n.shared() ? String.valueOf(value.applyAsLong(n)) : "").setHeader(header).setKey(key)
                .setTextAlign(ColumnTextAlign.END);
    }

    /** Reads the figures anew on every visit: a network may have started or stopped sharing. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<NetworkFigures> all = figures.compare();
        networks.setItems(all);
        detail.show(null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("national.title") + " – Netwerkregie";
    }
}
