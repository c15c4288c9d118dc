package nl.netwerkregie.board;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.RoleSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A board seat that runs today makes its holder a board member at login. */
@Component
class BoardSeatRoles implements RoleSource {

    private final BoardSeatRepository seats;
    private final Clock clock;

    BoardSeatRoles(BoardSeatRepository seats, Clock clock) {
        this.seats = seats;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Role> rolesOf(String username) {
        LocalDate today = LocalDate.now(clock);
        return seats.findByUsernameOrderByStartDateAsc(username).stream().anyMatch(s -> s.runsOn(today))
                ? EnumSet.of(Role.BOARD_MEMBER) : EnumSet.noneOf(Role.class);
    }
}
