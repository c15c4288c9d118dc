package nl.netwerkregie.security;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Names of users for screens and documents ("Hendrik Kamphuis" rather than "bestuur1"). */
@Component
public class UserDirectory {

    private final IdentityService identityService;
    private final Optional<AccountGate> gate;

    UserDirectory(IdentityService identityService, Optional<AccountGate> gate) {
        this.identityService = identityService;
        this.gate = gate;
    }

    /** A person with an account, for pickers ("who takes this seat"). */
    public record Account(String username, String name, String email) {
    }

    /** Every account that may log in (not invited-only, not deactivated), by name; two queries in all. */
    public List<Account> activeAccounts() {
        List<User> all = identityService.createUserQuery().list();
        Set<String> barred = gate.map(g -> g.barredAmong(all.stream().map(User::getId).toList())).orElse(Set.of());
        return all.stream()
                .filter(u -> !barred.contains(u.getId()))
                .map(u -> new Account(u.getId(), nameOf(u), u.getEmail()))
                .sorted(Comparator.comparing(Account::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The user's full name, or the user id when the account is unknown (e.g. removed since). */
    public String displayName(String userId) {
        if (userId == null) {
            return "";
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : nameOf(user);
    }

    /**
     * The full names of these users, by user id, in one query; a user without an account keeps the id as name
     * (as {@link #displayName(String)}).
     */
    public Map<String, String> displayNames(Collection<String> userIds) {
        Map<String, String> names = new HashMap<>();
        if (userIds.isEmpty()) {
            return names;
        }
        identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).list()
                .forEach(u -> names.put(u.getId(), nameOf(u)));
        userIds.forEach(id -> names.putIfAbsent(id, id));
        return names;
    }

    /**
     * The ids of the users whose full name or id contains the text, any case ("jansen" finds Anouk Jansen), for a
     * search by holder. One query; it reads the accounts, whose number is bounded by people, not by the work.
     */
    public List<String> idsNamed(String text) {
        String wanted = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return identityService.createUserQuery().list().stream()
                .filter(u -> (nameOf(u) + " " + u.getId()).toLowerCase(java.util.Locale.ROOT).contains(wanted))
                .map(User::getId).toList();
    }

    private static String nameOf(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? user.getId() : name;
    }
}
