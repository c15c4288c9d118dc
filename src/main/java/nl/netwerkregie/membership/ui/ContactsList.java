package nl.netwerkregie.membership.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Map;
import nl.netwerkregie.membership.ContactAccounts;
import nl.netwerkregie.membership.ContactPerson;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.people.PersonRow;
import nl.netwerkregie.shared.ui.UiErrors;

/**
 * The organisation's contact persons with the state of their login; a coordinator invites a contact who has none.
 */
class ContactsList extends VerticalLayout {

    /**
     * @param logins   the people behind the contacts' logins, by login
     * @param canInvite whether the user may invite (a coordinator)
     * @param reload   shows the page again after an invitation
     */
    ContactsList(Organisation organisation, Map<String, PersonRow> logins, boolean canInvite,
            ContactAccounts accounts, Runnable reload) {
        setPadding(false);
        setSpacing(false);
        int n = 0;
        for (ContactPerson contact : organisation.getContacts()) {
            n++;
            Span who = new Span(contact.name() + " <" + contact.email() + ">");
            HorizontalLayout line = new HorizontalLayout(who);
            line.setAlignItems(Alignment.BASELINE);
            line.setId("contact-" + n);
            PersonRow login = contact.username() == null ? null : logins.get(contact.username());
            if (contact.username() != null) {
                String state = login == null ? "" : " · " + getTranslation("people.state." + login.state().name());
                Span badge = new Span(getTranslation("contact.login", contact.username()) + state);
                badge.getElement().getThemeList().add("badge");
                line.add(badge);
            } else if (canInvite) {
                Button invite = new Button(getTranslation("contact.invite"), e -> {
                    if (UiErrors.attempt(() -> accounts.invite(organisation.getId(), contact.email()))) {
                        UiErrors.showSuccess(getTranslation("people.invite.sent", contact.email()));
                        reload.run();
                    }
                });
                invite.setId("contact-invite-" + n);
                invite.addThemeVariants(ButtonVariant.LUMO_SMALL);
                line.add(invite);
            }
            add(line);
        }
    }
}
