package nl.netwerkregie.membership.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.shared.ui.Formats;
import nl.netwerkregie.shared.ui.MainLayout;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * "Ledenlijst" for every role: members (filterable by status and kind, exportable as CSV), with the partners
 * (samenwerkingspartners) listed apart, since they are not members.
 */
@Route(value = "ledenlijst", layout = MainLayout.class)
@PermitAll
public class MemberListView extends VerticalLayout implements HasDynamicTitle {

    static final EnumSet<OrganisationStatus> MEMBER_STATUSES =
            EnumSet.of(OrganisationStatus.MEMBER, OrganisationStatus.TRIAL_MEMBER, OrganisationStatus.FORMER_MEMBER);

    final Grid<Organisation> members = new Grid<>();
    final Grid<Organisation> partners = new Grid<>();
    final ComboBox<OrganisationStatus> status = new ComboBox<>();
    final ComboBox<OrganisationKind> kind = new ComboBox<>();

    MemberListView(OrganisationService organisations) {
        setSizeFull();
        List<Organisation> all = organisations.memberList();
        ListDataProvider<Organisation> data = new ListDataProvider<>(all.stream()
                .filter(o -> MEMBER_STATUSES.contains(o.getStatus())).toList());
        configure(members, "member-grid");
        members.setItems(data);
        configure(partners, "partner-grid");
        partners.setItems(all.stream().filter(o -> o.getStatus() == OrganisationStatus.PARTNER).toList());
        partners.setAllRowsVisible(true);

        status.setPlaceholder(getTranslation("organisation.status"));
        status.setId("member-status-filter");
        status.setItems(MEMBER_STATUSES);
        status.setItemLabelGenerator(s -> getTranslation("organisation.status." + s.name()));
        status.setClearButtonVisible(true);
        kind.setPlaceholder(getTranslation("organisation.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("organisation.kind." + k.name()));
        kind.setClearButtonVisible(true);
        Runnable filter = () -> data.setFilter(o -> (status.getValue() == null || status.getValue() == o.getStatus())
                && (kind.getValue() == null || kind.getValue() == o.getKind()));
        status.addValueChangeListener(e -> filter.run());
        kind.addValueChangeListener(e -> filter.run());

        Locale locale = getLocale();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = csv(data.getItems().stream().filter(data.getFilter() == null ? o -> true : data.getFilter()::test).toList(), locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), "ledenlijst.csv", "text/csv", bytes.length);
        }), getTranslation("members.exportCsv"));
        csv.setId("members-csv");
        HorizontalLayout toolbar = new HorizontalLayout(status, kind, csv);
        toolbar.setAlignItems(Alignment.BASELINE);
        add(new H2(getTranslation("members.title")), toolbar, members, new H3(getTranslation("members.partners")), partners);
    }

    private void configure(Grid<Organisation> grid, String id) {
        grid.setId(id);
        grid.addColumn(Organisation::getName).setHeader(getTranslation("organisation.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(o -> getTranslation("organisation.kind." + o.getKind().name())).setHeader(getTranslation("organisation.kind")).setSortable(true);
        grid.addColumn(Organisation::getMunicipality).setHeader(getTranslation("organisation.municipality")).setSortable(true);
        grid.addColumn(o -> getTranslation("organisation.status." + o.getStatus().name())).setHeader(getTranslation("organisation.status")).setSortable(true);
        grid.addColumn(o -> Formats.date(o.getStatusSince(), getLocale())).setHeader(getTranslation("organisation.statusSince"));
    }

    /** Semicolon-separated with a BOM, as Dutch Excel opens it. */
    private byte[] csv(List<Organisation> rows, Locale locale) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader(getTranslation("organisation.name"),
                getTranslation("organisation.kind"), getTranslation("organisation.municipality"),
                getTranslation("organisation.status"), getTranslation("organisation.statusSince")).build();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Organisation o : rows) {
                printer.printRecord(o.getName(), getTranslation("organisation.kind." + o.getKind().name()), o.getMunicipality(),
                        getTranslation("organisation.status." + o.getStatus().name()), o.getStatusSince());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title") + " – Netwerkregie";
    }
}
