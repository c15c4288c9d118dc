package nl.netwerkregie.membership;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * In which werkgroepen an organisation's people hold a seat today. Taking part in at least one werkgroep is a
 * condition of membership; the member list and the admission's review show it. Implemented by the werkgroep
 * feature; without it, nobody takes part anywhere.
 */
public interface WerkgroepParticipation {

    /** The names of the werkgroepen where the organisation holds a seat today, by name. */
    List<String> werkgroepenOf(long organisationId);

    /** The same for these organisations (a page of a list), keyed by organisation id; those in none left out. */
    Map<Long, List<String>> werkgroepenOf(Collection<Long> organisationIds);

    /** The ids of the organisations whose people hold at least one seat today. */
    Set<Long> seatedToday();
}
