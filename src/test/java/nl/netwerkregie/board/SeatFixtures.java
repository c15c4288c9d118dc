package nl.netwerkregie.board;

import java.time.LocalDate;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** Test support for the board's seats: a fresh account to appoint, and the running seat of a person. */
public final class SeatFixtures {

    private SeatFixtures() {
    }

    /** A new account (no groups) with that name; returns its username. */
    public static String account(IdentityService identityService, String firstName, String lastName) {
        String username = (firstName + System.nanoTime()).toLowerCase();
        User user = identityService.newUser(username);
        user.setFirstName(firstName);
        user.setLastName(lastName);
        user.setEmail(username + "@example.org");
        identityService.saveUser(user);
        return username;
    }

    /** The id of the person's seat that runs today (the caller is logged in as a coordinator). */
    public static long runningSeatOf(BoardSeatQueries queries, String username) {
        LocalDate today = LocalDate.now();
        return queries.seats().stream()
                .filter(s -> s.username().equals(username) && s.current() && !s.startDate().isAfter(today))
                .findFirst().orElseThrow().id();
    }
}
