package nl.netwerkregie.security;

/**
 * Whether an account may log in now. The people module implements it (an invited or deactivated person may not);
 * without one, every account with a valid password may.
 */
public interface AccountGate {

    /** True when the account exists in the people register and may not log in (invited, deactivated). */
    boolean isBarred(String username);
}
