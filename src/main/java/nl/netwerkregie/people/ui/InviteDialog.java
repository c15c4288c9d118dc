package nl.netwerkregie.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.netwerkregie.people.PersonForm;
import nl.netwerkregie.security.Role;

/**
 * Who to invite: name, e-mail, organisation and account roles. On a refusal the dialog stays open with what was
 * typed; the caller shows the reason.
 */
class InviteDialog extends Dialog {

    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final EmailField email = new EmailField();
    final ComboBox<Long> organisation = new ComboBox<>();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();

    /** @param invite invites; returns true when it succeeded (the dialog then closes) */
    InviteDialog(Map<Long, String> organisations, Set<Role> grantable, java.util.function.Predicate<PersonForm> invite) {
        setHeaderTitle(getTranslation("people.invite.title"));
        firstName.setLabel(getTranslation("people.firstName"));
        firstName.setId("invite-first-name");
        firstName.setRequiredIndicatorVisible(true);
        lastName.setLabel(getTranslation("people.lastName"));
        lastName.setId("invite-last-name");
        lastName.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("people.email"));
        email.setId("invite-email");
        email.setRequiredIndicatorVisible(true);
        email.setHelperText(getTranslation("people.invite.emailHelp"));
        organisation.setLabel(getTranslation("people.organisation"));
        organisation.setId("invite-organisation");
        organisation.setItems(organisations.keySet());
        organisation.setItemLabelGenerator(organisations::get);
        organisation.setClearButtonVisible(true);
        roles.setLabel(getTranslation("people.roles"));
        roles.setId("invite-roles");
        roles.setItems(grantable);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        roles.setHelperText(getTranslation("people.roles.seatsHelp"));

        Button send = new Button(getTranslation("people.invite.send"), e -> {
            if (invite.test(form())) {
                close();
            }
        });
        send.setId("invite-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        add(new FormLayout(firstName, lastName, email, organisation, roles));
        getFooter().add(cancel, send);
    }

    PersonForm form() {
        Set<Role> chosen = roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
        return new PersonForm(firstName.getValue(), lastName.getValue(), email.getValue(), organisation.getValue(), chosen);
    }
}
