/**
 * Membership: the registry of organisations with their status history, contact persons, the member list,
 * contributions and each organisation's life story. The rules it applies come from the
 * {@code network} module's profile.
 */
package nl.netwerkregie.membership;
