package nl.netwerkregie.people;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import nl.netwerkregie.security.AccountGate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Bars invited (no password of their own yet) and deactivated people from logging in. */
@Component
class PeopleAccountGate implements AccountGate {

    private final PersonRepository people;

    PeopleAccountGate(PersonRepository people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isBarred(String username) {
        // Accounts made outside the register (the operator at first start) are not barred.
        return people.findByUsername(username).map(p -> p.getState() != PersonState.ACTIVE).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isActivePerson(String username) {
        return people.findByUsername(username).map(p -> p.getState() == PersonState.ACTIVE).orElse(false);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> barredAmong(Collection<String> usernames) {
        return people.findByUsernameIn(usernames).stream().filter(p -> p.getState() != PersonState.ACTIVE)
                .map(Person::getUsername).collect(Collectors.toSet());
    }
}
