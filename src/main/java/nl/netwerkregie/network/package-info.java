/**
 * The network and its rules: the {@link nl.netwerkregie.network.NetworkProfile} (board, quorum, voting
 * period, trial duration, contribution and notice rules, admission criteria, region, the periods of the
 * flows), read from YAML. Both seed networks (Twente, Utrecht) are profiles, not code forks. Every feature
 * reads it; it depends on no feature.
 */
package nl.netwerkregie.network;
