/**
 * Membership: the network's rules (its {@link nl.netwerkregie.membership.NetworkProfile}: board, trial
 * duration, contribution rule, notice rule, admission criteria, region) and the registry of organisations
 * with their status history. Both seed networks (Twente, Utrecht) are profiles, not code forks.
 */
package nl.netwerkregie.membership;
