package nl.netwerkregie.network;

import java.util.Set;

/** Which networks a person works for: told by the people module, asked when a user's request begins. */
public interface NetworkMemberships {

    /** The ids of the networks the user with that login works for; empty for an unknown login. */
    Set<String> networksOf(String username);
}
