/**
 * The network and its rules: the {@link nl.netwerkregie.network.NetworkProfile} (board, quorum, voting
 * period, trial duration, contribution and notice rules, admission criteria, region, the periods of the
 * flows), read from YAML. Both seed networks (Twente, Utrecht) are profiles, not code forks. Every feature
 * reads it; it depends on no feature.
 * <p>
 * Many networks on one installation (ADR 0010, being built): a {@link nl.netwerkregie.network.Network} is data
 * (the installation's own is registered at start-up with its profile text), and
 * {@link nl.netwerkregie.network.CurrentNetwork} is the network every row is written for and every query filtered
 * by (Hibernate {@code @TenantId}).
 */
package nl.netwerkregie.network;
