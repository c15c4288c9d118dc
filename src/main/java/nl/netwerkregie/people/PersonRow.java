package nl.netwerkregie.people;

import java.time.Instant;
import java.util.Set;
import nl.netwerkregie.security.Role;

/** A line of the people page. */
public record PersonRow(long id, String username, String name, String email, Long organisationId, PersonState state,
        Set<Role> accountRoles, Instant invitedAt) {
}
