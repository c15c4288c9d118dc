package nl.netwerkregie.membership;

import java.util.Comparator;
import java.util.List;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the current user is a contact person of an organisation (linked through
 * {@link ContactPerson#username()}): the check behind every read and proposal a member contact makes about
 * their own organisation. A refusal is logged with the user and the organisation id, and says nothing about
 * whether that organisation exists.
 */
@Component
public class ContactAccess {

    private static final Logger LOG = LoggerFactory.getLogger(ContactAccess.class);

    private final OrganisationRepository organisations;
    private final CurrentUser currentUser;

    ContactAccess(OrganisationRepository organisations, CurrentUser currentUser) {
        this.organisations = organisations;
        this.currentUser = currentUser;
    }

    /** The organisations the current member contact is a contact person of, by name. */
    @Transactional(readOnly = true)
    public List<Organisation> myOrganisations() {
        currentUser.require(Role.MEMBER_CONTACT);
        return organisations.findByContactUsername(currentUser.username()).stream()
                .sorted(Comparator.comparing(Organisation::getName)).toList();
    }

    /**
     * The organisation, when the current user is a member contact and one of its contact persons.
     *
     * @throws AccessDeniedException otherwise (also for an id that does not exist), logged
     */
    @Transactional(readOnly = true)
    public Organisation requireContactOf(long organisationId) {
        String me = currentUser.isAuthenticated() ? currentUser.username() : "anonymous";
        if (currentUser.isAuthenticated() && currentUser.has(Role.MEMBER_CONTACT)) {
            var found = organisations.findById(organisationId)
                    .filter(o -> o.getContacts().stream().anyMatch(c -> me.equals(c.username())));
            if (found.isPresent()) {
                return found.get();
            }
        }
        LOG.warn("Refused: {} is not a contact person of organisation {}", me, organisationId);
        throw new AccessDeniedException(me + " is not a contact person of organisation " + organisationId);
    }
}
