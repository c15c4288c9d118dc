package nl.netwerkregie.hosting.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.function.Predicate;
import nl.netwerkregie.hosting.NetworkRow;

/** A coordinator to invite into an existing network. On a refusal the dialog stays open with what was typed. */
class InviteCoordinatorDialog extends Dialog {

    final CoordinatorFields coordinator = new CoordinatorFields(this);

    /** @param invite invites; returns true when it succeeded (the dialog then closes) */
    InviteCoordinatorDialog(NetworkRow network, Predicate<CoordinatorFields> invite) {
        setHeaderTitle(getTranslation("hosting.invite.title", network.name()));
        FormLayout form = new FormLayout();
        coordinator.components().forEach(form::add);
        add(form);
        Button send = new Button(getTranslation("hosting.invite.send"), e -> {
            if (invite.test(coordinator)) {
                close();
            }
        });
        send.setId("coordinator-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), send);
    }
}
