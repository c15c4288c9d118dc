package nl.netwerkregie.security;

import java.util.Set;

/**
 * A role a user holds because of a seat rather than an account setting: a board member because of a board seat
 * that runs today, a werkgroep chair because of a chair's seat. The login asks every source (the features
 * implement it) and adds what they answer to the roles of the user's account.
 */
public interface RoleSource {

    /** The roles the user holds today through this source; empty when none. */
    Set<Role> rolesOf(String username);
}
