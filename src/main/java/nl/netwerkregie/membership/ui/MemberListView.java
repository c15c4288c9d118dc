package nl.netwerkregie.membership.ui;

import nl.netwerkregie.shared.ui.NarrowScreens;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.List;
import nl.netwerkregie.membership.MemberListEntry;
import nl.netwerkregie.membership.MemberListFilter;
import nl.netwerkregie.membership.MemberListService;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.shared.Pages;
import nl.netwerkregie.shared.csv.ExcelCsv;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.MainLayout;
import org.springframework.data.domain.PageRequest;

/**
 * "Ledenlijst" for every role: members (filterable by status and kind, exportable as CSV), with the partners
 * (samenwerkingspartners) listed apart, since they are not members. Each row shows the werkgroepen the
 * organisation's people sit in; a member in none is marked, and can be filtered for.
 */
@Route(value = "ledenlijst", layout = MainLayout.class)
@PermitAll
public class MemberListView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<MemberListEntry> members = new Grid<>();
    final Grid<MemberListEntry> partners = new Grid<>();
    final ComboBox<OrganisationStatus> status = new ComboBox<>();
    final ComboBox<OrganisationKind> kind = new ComboBox<>();
    final Checkbox withoutWerkgroep = new Checkbox();
    private final MemberListService memberList;

    MemberListView(MemberListService memberList) {
        this.memberList = memberList;
        setSizeFull();
        configure(members, "member-grid");
        configure(partners, "partner-grid");
        partners.setAllRowsVisible(true);
        partners.setEmptyStateText(getTranslation("members.noPartners"));
        members.setEmptyStateText(getTranslation("members.none"));

        status.setPlaceholder(getTranslation("organisation.status"));
        status.setId("member-status-filter");
        status.setItems(MemberListFilter.MEMBER_STATUSES);
        status.setItemLabelGenerator(s -> getTranslation("organisation.status." + s.name()));
        status.setClearButtonVisible(true);
        kind.setPlaceholder(getTranslation("organisation.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("organisation.kind." + k.name()));
        kind.setClearButtonVisible(true);
        withoutWerkgroep.setLabel(getTranslation("members.withoutWerkgroep"));
        withoutWerkgroep.setId("members-without-werkgroep");
        status.addValueChangeListener(e -> applyFilter());
        kind.addValueChangeListener(e -> applyFilter());
        withoutWerkgroep.addValueChangeListener(e -> applyFilter());

        // The export is what the filter shows, all of it (at most Pages.MOST rows), not the page on screen.
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv(memberList.page(filter(), PageRequest.of(0, Pages.MOST)));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "ledenlijst.csv", "text/csv", bytes.length);
        }), getTranslation("members.exportCsv"));
        csv.setId("members-csv");
        HorizontalLayout toolbar = new HorizontalLayout(status, kind, withoutWerkgroep, csv);
        toolbar.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("members.title")), toolbar, members, new H3(getTranslation("members.partners")), partners);
    }

    /**
     * Reads the list anew on every visit, also when the menu leads back to this page: seats and status change.
     * A page at a time, filtered and sorted by the database, without a count (issue 15).
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        members.setItems(query -> memberList.page(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        partners.setItems(memberList.partners());
    }

    private MemberListFilter filter() {
        return new MemberListFilter(status.getValue(), kind.getValue(), withoutWerkgroep.getValue());
    }

    private void applyFilter() {
        members.getDataProvider().refreshAll();
    }

    private void configure(Grid<MemberListEntry> grid, String id) {
        grid.setId(id);
        // Names and werkgroepen wrap instead of being cut off.
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grid.Column<MemberListEntry> name = grid.addColumn(e -> e.organisation().getName()).setHeader(getTranslation("organisation.name")).setSortable(true).setSortProperty("name").setFlexGrow(2);
        grid.addColumn(e -> getTranslation("organisation.kind." + e.organisation().getKind().name())).setHeader(getTranslation("organisation.kind")).setSortable(true).setSortProperty("kind");
        grid.addColumn(e -> e.organisation().getMunicipality()).setHeader(getTranslation("organisation.municipality")).setSortable(true).setSortProperty("municipality");
        Grid.Column<MemberListEntry> status = grid.addColumn(e -> getTranslation("organisation.status." + e.organisation().getStatus().name())).setHeader(getTranslation("organisation.status")).setSortable(true).setSortProperty("status");
        grid.addColumn(e -> Formats.date(e.organisation().getStatusSince(), getLocale())).setHeader(getTranslation("organisation.statusSince"));
        grid.addComponentColumn(this::werkgroepen).setHeader(getTranslation("members.werkgroepen")).setFlexGrow(2);
        NarrowScreens.keepOnly(grid, name, status);
    }

    /** The werkgroepen, or a red "none" for a member that takes part nowhere (a condition of membership). */
    private Span werkgroepen(MemberListEntry entry) {
        if (!entry.missesWerkgroep()) {
            return new Span(String.join(", ", entry.werkgroepen()));
        }
        Span none = new Span(getTranslation("members.noWerkgroep"));
        none.getElement().getThemeList().add("badge error");
        return none;
    }

    private byte[] csv(List<MemberListEntry> rows) {
        return ExcelCsv.write(List.of(getTranslation("organisation.name"), getTranslation("organisation.kind"),
                getTranslation("organisation.municipality"), getTranslation("organisation.status"),
                getTranslation("organisation.statusSince"), getTranslation("members.werkgroepen")), printer -> {
            for (MemberListEntry e : rows) {
                Organisation o = e.organisation();
                printer.printRecord(o.getName(), getTranslation("organisation.kind." + o.getKind().name()),
                        o.getMunicipality(), getTranslation("organisation.status." + o.getStatus().name()),
                        ExcelCsv.date(o.getStatusSince()), String.join(", ", e.werkgroepen()));
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title") + " – Netwerkregie";
    }
}
