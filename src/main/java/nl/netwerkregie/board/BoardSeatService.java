package nl.netwerkregie.board;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinators' commands on the board's seats: appoint a person, end a seat. A decision keeps the voting
 * members it opened with, so neither changes an open decision; the next one opens with the new board.
 */
@Service
public class BoardSeatService {

    private final BoardSeatRepository seats;
    private final UserDirectory users;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final Clock clock;

    BoardSeatService(BoardSeatRepository seats, UserDirectory users, OrganisationService organisations,
            CurrentUser currentUser, Clock clock) {
        this.seats = seats;
        this.users = users;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A coordinator appoints a person with an active account to the board from a start date, for a member
     * organisation or (organisationId null) for none. A person holds at most one running seat.
     *
     * @return the seat id
     */
    @Transactional
    public long appoint(String username, Long organisationId, LocalDate startDate) {
        currentUser.require(Role.COORDINATOR);
        if (username == null || username.isBlank()) {
            throw new DomainException("boardSeat.personRequired");
        }
        UserDirectory.Account account = users.activeAccounts().stream().filter(a -> a.username().equals(username))
                .findFirst().orElseThrow(() -> new DomainException("boardSeat.unknownPerson", username));
        if (startDate == null) {
            throw new DomainException("boardSeat.startRequired");
        }
        if (organisationId != null) {
            Organisation organisation = organisations.get(organisationId);
            if (!organisation.getStatus().isMember()) {
                throw new DomainException("boardSeat.notAMember", organisation.getName());
            }
        }
        if (seats.findByUsernameOrderByStartDateAsc(username).stream().anyMatch(s -> s.overlapsFrom(startDate))) {
            throw new DomainException("boardSeat.alreadySeated", account.name());
        }
        return seats.save(new BoardSeat(username, account.name(), organisationId, startDate, currentUser.username(),
                Instant.now(clock))).getId();
    }

    /** A coordinator ends a running seat on a date not before its start, with the reason. */
    @Transactional
    public void end(long seatId, LocalDate endDate, SeatEndReason reason) {
        currentUser.require(Role.COORDINATOR);
        BoardSeat seat = seats.findById(seatId)
                .orElseThrow(() -> new DomainException("boardSeat.notFound", String.valueOf(seatId)));
        if (seat.getEndDate() != null) {
            throw new DomainException("boardSeat.alreadyEnded");
        }
        if (endDate == null) {
            throw new DomainException("boardSeat.endRequired");
        }
        if (endDate.isBefore(seat.getStartDate())) {
            throw new DomainException("boardSeat.endBeforeStart");
        }
        if (reason == null) {
            throw new DomainException("boardSeat.reasonRequired");
        }
        seat.end(endDate, reason, currentUser.username());
    }
}
