package nl.netwerkregie.network;

/**
 * Published, inside the registering transaction, when a network becomes data: on an installation's first start,
 * and on its first start after the upgrade to many networks (ADR 0010), when the rows from before get it.
 */
public record NetworkRegistered(String networkId) {
}
