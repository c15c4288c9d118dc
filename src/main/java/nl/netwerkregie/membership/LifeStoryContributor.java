package nl.netwerkregie.membership;

import java.util.List;

/**
 * Implemented by each feature (as a bean) to add its events to an organisation's life story: admission, board
 * decisions, werkgroep seats, reports, resignation. The membership feature adds status changes and contributions.
 */
public interface LifeStoryContributor {

    List<LifeEvent> eventsOf(Organisation organisation);
}
