package nl.netwerkregie.people;

import java.util.Set;
import nl.netwerkregie.network.NetworkMemberships;
import org.springframework.stereotype.Component;

/** Tells the network module which networks a person works for (their rows in person_network). */
@Component
class PeopleNetworks implements NetworkMemberships {

    private final PeopleQueries people;

    PeopleNetworks(PeopleQueries people) {
        this.people = people;
    }

    @Override
    public Set<String> networksOf(String username) {
        return people.networksOf(username);
    }
}
