package nl.netwerkregie.membership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.membership.Organisation;
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

/** The organisation registry: every organisation with its status and this year's contribution. */
@Route(value = "organisaties", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.SECRETARY, Roles.BOARD_MEMBER})
public class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService organisations;
    private final NetworkRules rules;
    final Grid<Organisation> grid = new Grid<>();
    final ComboBox<OrganisationStatus> status = new ComboBox<>();
    final ComboBox<OrganisationKind> kind = new ComboBox<>();
    private ListDataProvider<Organisation> data;
    private final int year;

    OrganisationsView(OrganisationService organisations, NetworkRules rules, CurrentUser currentUser, Clock clock) {
        this.organisations = organisations;
        this.rules = rules;
        this.year = LocalDate.now(clock).getYear();
        setSizeFull();
        grid.setId("organisation-grid");
        grid.addColumn(Organisation::getName).setHeader(getTranslation("organisation.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(o -> getTranslation("organisation.kind." + o.getKind().name()))
                .setHeader(getTranslation("organisation.kind")).setSortable(true);
        grid.addColumn(Organisation::getMunicipality).setHeader(getTranslation("organisation.municipality")).setSortable(true);
        grid.addColumn(o -> getTranslation("organisation.status." + o.getStatus().name()))
                .setHeader(getTranslation("organisation.status")).setSortable(true);
        grid.addColumn(o -> Formats.date(o.getStatusSince(), getLocale())).setHeader(getTranslation("organisation.statusSince"));
        grid.addColumn(o -> o.getStatus().isMember()
                        ? Formats.euro(organisations.contributionFor(o.getId(), year), getLocale()) : "")
                .setHeader(getTranslation("organisation.contribution", year));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(OrganisationView.class,
                new RouteParameters("id", String.valueOf(e.getItem().getId())))));

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

        HorizontalLayout toolbar = new HorizontalLayout(status, kind);
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

    private void refresh() {
        data = new ListDataProvider<>(organisations.all());
        grid.setItems(data);
        applyFilter();
    }

    private void applyFilter() {
        data.setFilter(o -> (status.getValue() == null || status.getValue() == o.getStatus())
                && (kind.getValue() == null || kind.getValue() == o.getKind()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.title") + " – Netwerkregie";
    }
}
