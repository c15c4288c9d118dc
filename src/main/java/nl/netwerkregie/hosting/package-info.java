/**
 * Hosting: the operator (the hosting party) serves many networks on one installation (ADR 0010). The operator adds
 * a network (its id, name and rules, started from the Twente or Utrecht profile, and its first coordinator,
 * invited by e-mail), records dated changes of a network's rules (from today on: what was decided stays
 * decided), and downloads the rules in force as YAML, the format they are imported and exported in.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Hosting")
package nl.netwerkregie.hosting;
