package nl.netwerkregie.people;

import java.util.Set;
import nl.netwerkregie.security.Role;

/**
 * Who to invite.
 *
 * @param organisationId optional: the member organisation the person works for
 * @param roles          account roles (coordinator, secretary, member contact; the operator only by an operator).
 *                       Board member and werkgroep chair come from a seat, not from here.
 */
public record PersonForm(String firstName, String lastName, String email, Long organisationId, Set<Role> roles) {

    public PersonForm {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }
}
