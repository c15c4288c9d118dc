package nl.netwerkregie.hosting;

import java.time.Instant;

/**
 * A network as the operator's list shows it.
 *
 * @param since          when the network was added
 * @param sharesFigures  whether its board agreed to share figures with the national view
 * @param boardName      the name of its board under the rules in force today
 */
public record NetworkRow(String id, String name, Instant since, boolean sharesFigures, String boardName) {
}
