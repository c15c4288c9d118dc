package nl.netwerkregie.hosting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import nl.netwerkregie.hosting.NetworkAdministration;
import nl.netwerkregie.hosting.NetworkAdministration.NetworkAdded;
import nl.netwerkregie.hosting.NetworkForm;
import nl.netwerkregie.hosting.NetworkOverview;
import nl.netwerkregie.hosting.NetworkRow;
import nl.netwerkregie.hosting.RulesTemplates;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * The operator's page of the networks the installation serves: add a network with its rules and first
 * coordinator, change a network's rules from a day on (with the record of every version), download the rules in
 * force, invite a coordinator.
 */
@Route(value = "netwerken", layout = MainLayout.class)
@RolesAllowed(Roles.OPERATOR)
public class NetworksView extends VerticalLayout implements HasDynamicTitle {

    private final transient NetworkAdministration administration;
    private final transient NetworkOverview overview;
    private final transient RulesTemplates templates;
    private final transient Clock clock;
    final Grid<NetworkRow> grid = new Grid<>();

    NetworksView(NetworkAdministration administration, NetworkOverview overview, RulesTemplates templates,
            Clock clock) {
        this.administration = administration;
        this.overview = overview;
        this.templates = templates;
        this.clock = clock;
        setSizeFull();
        Button add = new Button(getTranslation("hosting.add"), e -> openAdd());
        add.setId("network-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("networks-grid");
        grid.addColumn(NetworkRow::name).setHeader(getTranslation("hosting.name")).setSortable(true).setFlexGrow(3);
        grid.addColumn(NetworkRow::id).setHeader(getTranslation("hosting.id")).setAutoWidth(true);
        grid.addColumn(n -> Formats.date(n.since(), getLocale())).setHeader(getTranslation("hosting.since"))
                .setAutoWidth(true);
        grid.addColumn(n -> getTranslation(n.sharesFigures() ? "hosting.yes" : "hosting.no"))
                .setHeader(getTranslation("hosting.sharesFigures")).setAutoWidth(true);
        grid.addColumn(NetworkRow::boardName).setHeader(getTranslation("hosting.boardName")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("hosting.actions")).setKey("actions")
                .setAutoWidth(true);
        add(new H2(getTranslation("hosting.title")), new HorizontalLayout(add), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(overview.all());
    }

    private HorizontalLayout actions(NetworkRow network) {
        Button rules = new Button(getTranslation("hosting.rules.change"), e -> openRules(network));
        rules.setId("rules-change-" + network.id());
        rules.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] yaml = administration.exportRules(network.id()).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(yaml), network.id() + ".yaml", "application/yaml",
                    yaml.length);
        }), getTranslation("hosting.rules.download"));
        download.setId("rules-download-" + network.id());
        Button invite = new Button(getTranslation("hosting.invite"), e -> openInvite(network));
        invite.setId("invite-coordinator-" + network.id());
        invite.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(rules, download, invite);
        actions.setAlignItems(Alignment.BASELINE);
        return actions;
    }

    private void openAdd() {
        new AddNetworkDialog(templates, form -> {
            NetworkAdded[] added = new NetworkAdded[1];
            if (!UiErrors.attempt(() -> added[0] = administration.addNetwork(form))) {
                return false;
            }
            refresh();
            added[0].invitationRefused().ifPresentOrElse(
                    refused -> UiErrors.showError(getTranslation("hosting.add.notInvited", form.id().strip(),
                            UiErrors.translate(refused.messageKey(), refused.arguments()))),
                    () -> UiErrors.showSuccess(getTranslation("hosting.add.done", form.name().strip(),
                            form.coordinatorEmail().strip())));
            return true;
        }).open();
    }

    private void openRules(NetworkRow network) {
        String inForce = administration.exportRules(network.id());
        new RulesDialog(network, inForce, overview.history(network.id()), LocalDate.now(clock), change -> {
            boolean done = UiErrors.attempt(() -> administration.changeRules(network.id(), change.yaml(),
                    change.validFrom(), change.reason()));
            if (done) {
                UiErrors.showSuccess(getTranslation("hosting.rules.changed", network.name(),
                        Formats.date(change.validFrom(), getLocale())));
                refresh();
            }
            return done;
        }).open();
    }

    private void openInvite(NetworkRow network) {
        new InviteCoordinatorDialog(network, person -> {
            boolean done = UiErrors.attempt(() -> administration.inviteCoordinator(network.id(),
                    person.firstName.getValue(), person.lastName.getValue(), person.email.getValue()));
            if (done) {
                UiErrors.showSuccess(getTranslation("people.invite.sent", person.email.getValue().strip()));
            }
            return done;
        }).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("hosting.title") + " – Netwerkregie";
    }
}
