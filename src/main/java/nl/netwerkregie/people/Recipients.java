package nl.netwerkregie.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who hears of work: the people behind logins and the members of a group in one network, with their addresses and
 * settings. Checks no role: it serves the mails the application sends itself.
 */
@Service
public class Recipients {

    private final PersonRepository people;
    private final IdentityService identity;

    Recipients(PersonRepository people, IdentityService identity) {
        this.people = people;
        this.identity = identity;
    }

    /**
     * The recipients behind these logins, by login (two queries). People of the register count only while their
     * account is active; an account outside the register (the operator) gets its Camunda address and the defaults.
     */
    @Transactional(readOnly = true)
    public Map<String, Recipient> of(Collection<String> usernames) {
        Map<String, Recipient> found = new HashMap<>();
        if (usernames.isEmpty()) {
            return found;
        }
        Set<String> inRegister = new java.util.HashSet<>();
        for (Person p : people.findByUsernameIn(usernames)) {
            inRegister.add(p.getUsername());
            if (p.getState() == PersonState.ACTIVE) {
                found.put(p.getUsername(), new Recipient(p.getUsername(), p.fullName(), p.getEmail(), p.settings()));
            }
        }
        List<String> others = usernames.stream().filter(u -> !inRegister.contains(u)).distinct().toList();
        if (!others.isEmpty()) {
            for (User u : identity.createUserQuery().userIdIn(others.toArray(String[]::new)).list()) {
                String name = ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
                        + (u.getLastName() == null ? "" : u.getLastName())).strip();
                found.put(u.getId(), new Recipient(u.getId(), name, u.getEmail(), MySettings.DEFAULTS));
            }
        }
        return found;
    }

    /** The logins of the group's members who work for the network (accounts outside the register do not). */
    @Transactional(readOnly = true)
    public List<String> membersOf(String groupId, String networkId) {
        Set<String> members = identity.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId)
                .collect(Collectors.toSet());
        if (members.isEmpty()) {
            return List.of();
        }
        return people.findByUsernameIn(members).stream().filter(p -> p.worksFor(networkId))
                .filter(p -> p.getState() == PersonState.ACTIVE).map(Person::getUsername).sorted().toList();
    }
}
