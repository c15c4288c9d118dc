package nl.netwerkregie.board;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads of the board's seats: the board on a day, and every seat for the board page. */
@Service
public class BoardSeatQueries {

    private final BoardSeatRepository seats;
    private final UserDirectory users;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final Clock clock;

    BoardSeatQueries(BoardSeatRepository seats, UserDirectory users, OrganisationService organisations,
            CurrentUser currentUser, Clock clock) {
        this.seats = seats;
        this.users = users;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A seat as the board page shows it; {@code current} when it has not ended by today (it runs or will start). */
    public record SeatRow(long id, String username, String name, Long organisationId, String organisation,
            LocalDate startDate, LocalDate endDate, SeatEndReason endReason, boolean current) {
    }

    /**
     * The usernames of the board on that day, in order of appointment. No role check: the step that opens a
     * decision reads it, and it names no one.
     */
    @Transactional(readOnly = true)
    public List<String> boardOn(LocalDate day) {
        return seats.runningOn(day).stream().map(BoardSeat::getUsername).toList();
    }

    /**
     * Every seat, oldest first, with the person's and organisation's names (two look-ups in all, none per row).
     * Coordinators, the secretary and board members.
     */
    @Transactional(readOnly = true)
    public List<SeatRow> seats() {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        Map<String, String> names = users.activeAccounts().stream()
                .collect(Collectors.toMap(UserDirectory.Account::username, UserDirectory.Account::name, (a, b) -> a));
        Map<Long, String> organisationNames = organisations.all().stream()
                .collect(Collectors.toMap(Organisation::getId, Organisation::getName));
        LocalDate today = LocalDate.now(clock);
        Function<BoardSeat, SeatRow> row = s -> new SeatRow(s.getId(), s.getUsername(),
                names.getOrDefault(s.getUsername(), s.getPersonName()), s.getOrganisationId(),
                s.getOrganisationId() == null ? "" : organisationNames.getOrDefault(s.getOrganisationId(), ""),
                s.getStartDate(), s.getEndDate(), s.getEndReason(), s.runsAfter(today));
        return seats.findAllByOrderByStartDateAscIdAsc().stream().map(row).toList();
    }
}
