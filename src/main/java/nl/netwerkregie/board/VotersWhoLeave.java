package nl.netwerkregie.board;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.netwerkregie.board.process.VoteTasks;
import nl.netwerkregie.security.AccountDeactivated;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person whose account is deactivated has left: their board seat ends today, and in every open decision in
 * which they have not voted they are taken out of the voting members, with a note on the decision; their vote
 * task is completed without a vote, so the vote goes on with the others (the majority of the votes cast, see
 * {@link Tally}). Runs first, inside the deactivating transaction, before the task list hands other work on.
 */
@Component
class VotersWhoLeave {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(TranslationProvider.DUTCH);

    private final BoardSeatRepository seats;
    private final BoardDecisionRepository decisions;
    private final VoteRepository votes;
    private final BoardDecisionNoteRepository notes;
    private final BoardDecisionService tallies;
    private final VoteTasks voteTasks;
    private final TranslationProvider translations;
    private final Clock clock;

    VotersWhoLeave(BoardSeatRepository seats, BoardDecisionRepository decisions, VoteRepository votes,
            BoardDecisionNoteRepository notes, BoardDecisionService tallies, VoteTasks voteTasks,
            TranslationProvider translations, Clock clock) {
        this.seats = seats;
        this.decisions = decisions;
        this.votes = votes;
        this.notes = notes;
        this.tallies = tallies;
        this.voteTasks = voteTasks;
        this.translations = translations;
        this.clock = clock;
    }

    @EventListener
    @Order(0)
    @Transactional
    public void on(AccountDeactivated event) {
        LocalDate today = LocalDate.now(clock);
        seats.findByUsernameOrderByStartDateAsc(event.username()).stream().filter(s -> s.runsAfter(today))
                .forEach(s -> s.end(today, SeatEndReason.LEFT, event.byUser()));
        String note = translations.dutch("boardSeat.note.leftTheVote", event.name(), today.format(DUTCH_DATE));
        for (BoardDecision decision : decisions.withVoter(DecisionStatus.OPEN, event.username())) {
            if (votes.findByDecisionIdAndMemberId(decision.getId(), event.username()).isPresent()) {
                continue;
            }
            decision.removeVoter(event.username());
            notes.save(new BoardDecisionNote(decision.getId(), note, Instant.now(clock), event.byUser()));
            voteTasks.withdraw(decision.getId(), event.username(), tallies.tally(decision).settled());
        }
    }
}
