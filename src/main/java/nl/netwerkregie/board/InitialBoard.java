package nl.netwerkregie.board;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first start of an installation: with no board seats at all, the profile's {@code boardMembers} that have an
 * account become the board, each a seat from today for no organisation (a new network's empty installation has no
 * such accounts yet and starts with an empty board, which coordinators fill on the Bestuur page). Once there is any seat (also one the demo loader made, which
 * runs before), the seats are the board and the profile's list is not read again.
 */
@Component
@Order(50)
class InitialBoard implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialBoard.class);

    private final BoardSeatRepository seats;
    private final NetworkRules rules;
    private final UserDirectory users;
    private final Clock clock;

    InitialBoard(BoardSeatRepository seats, NetworkRules rules, UserDirectory users, Clock clock) {
        this.seats = seats;
        this.rules = rules;
        this.users = users;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (seats.count() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Set<String> accounts = users.activeAccounts().stream().map(UserDirectory.Account::username)
                .collect(Collectors.toSet());
        List<String> members = rules.current().boardMembers().stream().filter(accounts::contains).toList();
        for (String username : members) {
            seats.save(new BoardSeat(username, users.displayName(username), null, today, "netwerkprofiel",
                    Instant.now(clock)));
        }
        log.info("Initial board from the network profile: {} (of {})", members, rules.current().boardMembers());
    }
}
