package nl.netwerkregie.membership;

import java.util.List;
import java.util.Map;

/**
 * In which werkgroepen an organisation's people hold a seat today. Taking part in at least one werkgroep is a
 * condition of membership; the member list and the admission's review show it. Implemented by the werkgroep
 * feature; without it, nobody takes part anywhere.
 */
public interface WerkgroepParticipation {

    /** The names of the werkgroepen where the organisation holds a seat today, by name. */
    List<String> werkgroepenOf(long organisationId);

    /** The same for every organisation that holds a seat today, keyed by organisation id. */
    Map<Long, List<String>> werkgroepenPerOrganisation();
}
