package nl.netwerkregie.membership.ui;

import nl.netwerkregie.shared.ui.NarrowScreens;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.membership.OrganisationListRow;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.UiErrors;
import nl.netwerkregie.shared.ui.RowOpening;

/** The organisation registry: every organisation with its status and this year's contribution. */
@Route(value = "organisaties", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARY, Roles.BOARD_MEMBER})
public class OrganisationsView extends VerticalLayout implements HasDynamicTitle,
        com.vaadin.flow.router.BeforeEnterObserver {

    private final OrganisationService organisations;
    private final NetworkRules rules;
    final Grid<OrganisationListRow> grid = new Grid<>();
    final ComboBox<OrganisationStatus> status = new ComboBox<>();
    final ComboBox<OrganisationKind> kind = new ComboBox<>();
    /** A word of the name or the municipality, searched in the database and kept in the address. */
    final com.vaadin.flow.component.textfield.TextField search = new com.vaadin.flow.component.textfield.TextField();
    private final int year;

    OrganisationsView(OrganisationService organisations, NetworkRules rules, CurrentUser currentUser, Clock clock) {
        this.organisations = organisations;
        this.rules = rules;
        this.year = LocalDate.now(clock).getYear();
        setSizeFull();
        grid.setId("organisation-grid");
        Grid.Column<OrganisationListRow> name = grid.addColumn(r -> r.organisation().getName()).setHeader(getTranslation("organisation.name")).setSortable(true)
                .setSortProperty("name").setFlexGrow(2);
        grid.addColumn(r -> getTranslation("organisation.kind." + r.organisation().getKind().name()))
                .setHeader(getTranslation("organisation.kind")).setSortable(true).setSortProperty("kind");
        grid.addColumn(r -> r.organisation().getMunicipality()).setHeader(getTranslation("organisation.municipality"))
                .setSortable(true).setSortProperty("municipality");
        Grid.Column<OrganisationListRow> statusColumn = grid.addColumn(r -> getTranslation("organisation.status." + r.organisation().getStatus().name()))
                .setHeader(getTranslation("organisation.status")).setSortable(true).setSortProperty("status");
        grid.addColumn(r -> Formats.date(r.organisation().getStatusSince(), getLocale()))
                .setHeader(getTranslation("organisation.statusSince"));
        grid.addColumn(r -> r.contribution() == null ? "" : Formats.euro(r.contribution(), getLocale()))
                .setHeader(getTranslation("organisation.contribution", year));
        NarrowScreens.keepOnly(grid, name, statusColumn);
        RowOpening.onClickOrEnter(grid, row -> getUI().ifPresent(ui -> ui.navigate(OrganisationView.class,
                new RouteParameters("id", String.valueOf(row.organisation().getId())))));

        status.setPlaceholder(getTranslation("organisation.status"));
        status.setItems(OrganisationStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("organisation.status." + s.name()));
        status.setClearButtonVisible(true);
        status.addValueChangeListener(e -> applyFilter());
        kind.setPlaceholder(getTranslation("organisation.kind"));
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("organisation.kind." + k.name()));
        kind.setClearButtonVisible(true);
        kind.addValueChangeListener(e -> applyFilter());

        nl.netwerkregie.shared.ui.SearchInUrl.configure(search, "organisation-search",
                getTranslation("organisation.search"), "organisaties", this::applyFilter);
        HorizontalLayout toolbar = new HorizontalLayout(search, status, kind);
        if (currentUser.has(Role.COORDINATOR) || currentUser.has(Role.SECRETARY)) {
            Button add = new Button(getTranslation("organisation.add"), e -> openAddDialog());
            add.setId("add-organisation");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.add(add);
        }
        add(new H2(getTranslation("organisation.title")), toolbar, grid);
        refresh();
    }

    private void openAddDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("organisation.add"));
        OrganisationForm form = new OrganisationForm(rules);
        ComboBox<OrganisationStatus> initialStatus = new ComboBox<>(getTranslation("organisation.status"));
        initialStatus.setItems(OrganisationStatus.MEMBER, OrganisationStatus.TRIAL_MEMBER, OrganisationStatus.PARTNER);
        initialStatus.setItemLabelGenerator(s -> getTranslation("organisation.status." + s.name()));
        initialStatus.setValue(OrganisationStatus.MEMBER);
        initialStatus.setId("org-initial-status");
        form.add(initialStatus);
        Button save = new Button(getTranslation("action.save"), e -> form.validDetails().ifPresent(details -> {
            try {
                organisations.register(details, initialStatus.getValue(), getTranslation("organisation.registeredReason"));
                dialog.close();
                refresh();
            } catch (DomainException ex) {
                if (!form.showAtField(ex)) {
                    UiErrors.attempt(() -> {
                        throw ex;
                    });
                }
            }
        }));
        save.setId("save-organisation");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    /** A page at a time, filtered and sorted by the database; no count (it grows with the registry). */
    private void refresh() {
        grid.setItems(query -> organisations.page(status.getValue(), kind.getValue(), search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query), year).stream());
    }

    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        search.setValue(nl.netwerkregie.shared.ui.SearchInUrl.from(event));
    }

    private void applyFilter() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.title") + " – Netwerkregie";
    }
}
