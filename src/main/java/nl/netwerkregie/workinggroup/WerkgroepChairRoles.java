package nl.netwerkregie.workinggroup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.RoleSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A chair's or vice chair's seat that runs today, with the person's username, makes them a werkgroep chair at login. */
@Component
class WerkgroepChairRoles implements RoleSource {

    private final WerkgroepMemberRepository seats;
    private final Clock clock;

    WerkgroepChairRoles(WerkgroepMemberRepository seats, Clock clock) {
        this.seats = seats;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Role> rolesOf(String username) {
        if (username == null) {
            return EnumSet.noneOf(Role.class);
        }
        LocalDate today = LocalDate.now(clock);
        return seats.findByUsername(username).stream().anyMatch(s -> s.getRole().reports() && s.activeOn(today))
                ? EnumSet.of(Role.WERKGROEP_CHAIR) : EnumSet.noneOf(Role.class);
    }
}
