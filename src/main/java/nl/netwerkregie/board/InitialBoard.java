package nl.netwerkregie.board;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.netwerkregie.network.NetworkProfile;
import nl.netwerkregie.security.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first start of an installation: with no board seats at all, the profile's {@code boardMembers} become the
 * board, each a seat from today for no organisation. Once there is any seat (also one the demo loader made, which
 * runs before), the seats are the board and the profile's list is not read again.
 */
@Component
@Order(50)
class InitialBoard implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialBoard.class);

    private final BoardSeatRepository seats;
    private final NetworkProfile profile;
    private final UserDirectory users;
    private final Clock clock;

    InitialBoard(BoardSeatRepository seats, NetworkProfile profile, UserDirectory users, Clock clock) {
        this.seats = seats;
        this.profile = profile;
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
        for (String username : profile.boardMembers()) {
            seats.save(new BoardSeat(username, users.displayName(username), null, today, "netwerkprofiel",
                    Instant.now(clock)));
        }
        log.info("Initial board from the network profile: {}", profile.boardMembers());
    }
}
