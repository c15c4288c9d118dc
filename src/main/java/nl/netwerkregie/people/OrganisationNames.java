package nl.netwerkregie.people;

import java.util.Map;

/**
 * The organisations a person can work for, by id, with their names. The membership feature implements it (it
 * depends on people, not the other way round: its organisation form invites contacts).
 */
public interface OrganisationNames {

    /** Every organisation in the registry that has not left, id → name, by name. */
    Map<Long, String> current();

    /** Every organisation in the registry, also those that left (for names on the people page), id → name. */
    Map<Long, String> all();
}
