package nl.netwerkregie.national.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.netwerkregie.national.NationalFigures;
import nl.netwerkregie.national.NetworkFigures;
import nl.netwerkregie.national.NetworkSharing;
import nl.netwerkregie.network.Network;
import nl.netwerkregie.security.Roles;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.ui.MainLayout;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * "Cijfers delen": the coordinator records the board's decision to share the network's figures with the national
 * organisation (or to stop), and sees what it shares.
 */
@Route(value = "netwerk/delen", layout = MainLayout.class)
@RolesAllowed(Roles.COORDINATOR)
public class SharingView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Checkbox share = new Checkbox();
    final TextField decision = new TextField();
    final Paragraph state = new Paragraph();
    final Paragraph summary = new Paragraph();
    private final NetworkSharing sharing;
    private final NationalFigures figures;
    private final UserDirectory users;

    SharingView(NetworkSharing sharing, NationalFigures figures, UserDirectory users) {
        this.sharing = sharing;
        this.figures = figures;
        this.users = users;
        setMaxWidth("50em");
        share.setLabel(getTranslation("national.sharing.share"));
        share.setId("sharing-share");
        decision.setLabel(getTranslation("national.sharing.decision"));
        decision.setId("sharing-decision");
        decision.setWidthFull();
        state.setId("sharing-state");
        summary.setId("sharing-summary");
        Button save = new Button(getTranslation("national.sharing.save"), e -> save());
        save.setId("sharing-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("national.sharing.title")), new Paragraph(getTranslation("national.sharing.intro")),
                state, share, decision, save, summary);
    }

    private void save() {
        boolean on = share.getValue();
        if (UiErrors.attempt(() -> sharing.share(on, decision.getValue()))) {
            String name = sharing.myNetwork().getName();
            UiErrors.showSuccess(getTranslation(on ? "national.sharing.savedOn" : "national.sharing.savedOff", name));
            refresh();
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        Network network = sharing.myNetwork();
        share.setValue(network.isShareNational());
        decision.setValue(network.getShareNationalDecision() == null ? "" : network.getShareNationalDecision());
        String since = Formats.date(network.getShareNationalSince(), getLocale());
        String by = network.getShareNationalBy() == null ? "" : users.displayName(network.getShareNationalBy());
        if (network.isShareNational()) {
            state.setText(getTranslation("national.sharing.on", network.getName(), since, by,
                    network.getShareNationalDecision() == null ? "" : network.getShareNationalDecision()));
        } else if (network.getShareNationalSince() != null) {
            state.setText(getTranslation("national.sharing.offSince", network.getName(), since, by));
        } else {
            state.setText(getTranslation("national.sharing.off", network.getName()));
        }
        NetworkFigures mine = figures.ofMyNetwork();
        int year = figures.thisYear();
        summary.setText(getTranslation("national.sharing.summary", mine.members(), mine.admissionsIn(year),
                mine.endingsIn(year), String.valueOf(year), mine.assignments().stream()
                        .mapToLong(nl.netwerkregie.workinggroup.AssignmentFigures.Count::count).sum(),
                mine.budgets().size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("national.sharing.title") + " – Netwerkregie";
    }
}
