package nl.netwerkregie.membership;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import nl.netwerkregie.people.PeopleQueries;
import nl.netwerkregie.people.PeopleService;
import nl.netwerkregie.people.PersonForm;
import nl.netwerkregie.people.PersonRow;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contact persons with a login: a coordinator invites a contact from the organisation's page, and the contact is
 * linked to the person (and so sees Mijn organisatie once they set their password). A contact who already is a
 * person (a werkgroep member of another organisation's seat, say) is linked and gets the member-contact role.
 */
@Service
public class ContactAccounts {

    private final OrganisationService organisations;
    private final PeopleService people;
    private final PeopleQueries peopleQueries;
    private final CurrentUser currentUser;

    ContactAccounts(OrganisationService organisations, PeopleService people, PeopleQueries peopleQueries,
            CurrentUser currentUser) {
        this.organisations = organisations;
        this.people = people;
        this.peopleQueries = peopleQueries;
        this.currentUser = currentUser;
    }

    /**
     * Invites the contact with that e-mail address (or links the person who has it) and links the contact.
     *
     * @return the login the contact is linked to
     */
    @Transactional
    public String invite(long organisationId, String contactEmail) {
        currentUser.require(Role.COORDINATOR);
        Organisation organisation = organisations.get(organisationId);
        ContactPerson contact = organisation.getContacts().stream()
                .filter(c -> c.email().equalsIgnoreCase(contactEmail)).findFirst()
                .orElseThrow(() -> new DomainException("contact.notFound", contactEmail));
        if (contact.username() != null) {
            throw new DomainException("contact.alreadyLinked", contact.name(), contact.username());
        }
        Optional<PersonRow> known = peopleQueries.byEmail(contact.email());
        String username;
        if (known.isPresent()) {
            Set<Role> roles = known.get().accountRoles().isEmpty() ? EnumSet.noneOf(Role.class)
                    : EnumSet.copyOf(known.get().accountRoles());
            roles.add(Role.MEMBER_CONTACT);
            roles.remove(Role.OPERATOR);
            people.changeRoles(known.get().id(), roles);
            username = known.get().username();
        } else {
            String[] names = splitName(contact.name());
            username = people.invite(new PersonForm(names[0], names[1], contact.email(), organisationId,
                    Set.of(Role.MEMBER_CONTACT))).username();
        }
        organisation.linkContact(contact.email(), username);
        return username;
    }

    // "Lotte Brink" → Lotte / Brink; "Truus van der Berg" → Truus / van der Berg; a single word is the last name.
    static String[] splitName(String name) {
        String stripped = name.strip();
        int space = stripped.indexOf(' ');
        return space < 0 ? new String[] {"", stripped}
                : new String[] {stripped.substring(0, space), stripped.substring(space + 1).strip()};
    }
}
