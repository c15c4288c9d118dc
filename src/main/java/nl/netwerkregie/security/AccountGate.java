package nl.netwerkregie.security;

/**
 * Whether an account may log in now. The people module implements it (an invited or deactivated person may not);
 * without one, every account with a valid password may.
 */
public interface AccountGate {

    /** True when the account exists in the people register and may not log in (invited, deactivated). */
    boolean isBarred(String username);

    /**
     * True when the account is an active person in the register: such a person may log in without a role yet (just
     * invited, before a seat or a role is given: Mijn instellingen and Mijn taken are theirs). An account outside the
     * register needs a role.
     */
    default boolean isActivePerson(String username) {
        return false;
    }

    /** Those of the accounts that may not log in now, asked at once (for lists of people). */
    java.util.Set<String> barredAmong(java.util.Collection<String> usernames);
}
