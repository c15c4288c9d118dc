package nl.netwerkregie.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import nl.netwerkregie.people.PersonRow;
import nl.netwerkregie.security.Role;

/** The account roles of one person; the roles that come from seats are named, not offered. */
class RolesDialog extends Dialog {

    /** @param save saves; returns true when it succeeded (the dialog then closes) */
    RolesDialog(PersonRow person, Set<Role> grantable, Predicate<Set<Role>> save) {
        setHeaderTitle(getTranslation("people.changeRoles.title", person.name()));
        CheckboxGroup<Role> roles = new CheckboxGroup<>(getTranslation("people.roles"));
        roles.setId("roles-choice");
        roles.setItems(grantable);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        Set<Role> current = EnumSet.noneOf(Role.class);
        current.addAll(person.accountRoles());
        current.retainAll(grantable);
        roles.setValue(current);
        Button ok = new Button(getTranslation("action.save"), e -> {
            Set<Role> chosen = roles.getValue().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles.getValue());
            if (save.test(chosen)) {
                close();
            }
        });
        ok.setId("roles-save");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(roles, new Paragraph(getTranslation("people.roles.seatsHelp")));
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
