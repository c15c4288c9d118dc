package nl.netwerkregie.resignation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionMode;
import nl.netwerkregie.board.DecisionRequest;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.membership.MembershipSteps;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.shared.Texts;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of {@code ResignationProcess} and {@code TerminationProcess} that no person takes: the mails, the
 * board decision on a termination, the end of the membership on its end date, a withdrawal. They check no
 * role, so only the processes' delegates (and the engine, for a withdrawal the process cannot receive) call them.
 */
@Service
public class ResignationSteps {

    /** Who changes the status in a step no person triggers. */
    static final String SYSTEM = "netwerkregie";
    private static final int MAX_PROPOSAL = 8000;

    private final ResignationQueries endings;
    private final MembershipSteps membership;
    private final BoardDecisionService board;
    private final EndingMails mails;
    private final VacatedSeats seats;
    private final TranslationProvider translations;
    private final CurrentUser currentUser;
    private final Clock clock;

    ResignationSteps(ResignationQueries endings, MembershipSteps membership, BoardDecisionService board,
            EndingMails mails, VacatedSeats seats, TranslationProvider translations, CurrentUser currentUser,
            Clock clock) {
        this.endings = endings;
        this.membership = membership;
        this.board = board;
        this.mails = mails;
        this.seats = seats;
        this.translations = translations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Mails the organisation the confirmation of its resignation with the end date. */
    @Transactional(readOnly = true)
    public void sendConfirmation(long endingId) {
        MembershipEnding ending = endings.get(endingId);
        mails.resignationConfirmed(endings.organisationOf(ending), ending);
    }

    /** Tells the organisation the network proposes to end its membership, and until when it can respond. */
    @Transactional(readOnly = true)
    public void notifyTerminationProposal(long endingId) {
        MembershipEnding ending = endings.get(endingId);
        mails.terminationProposed(endings.organisationOf(ending), ending);
    }

    /**
     * Puts the termination to the board: the reasons, the proposed end date and the organisation's response.
     *
     * @return the board decision's id, for the process to call the board with
     */
    @Transactional
    public long prepareTerminationDecision(long endingId) {
        MembershipEnding ending = endings.get(endingId);
        Organisation o = endings.organisationOf(ending);
        String proposal = translations.dutch("termination.board.proposal", Formats.dutchDate(ending.getEndDate())) + "\n\n"
                + ending.getReasons() + "\n\n" + (ending.getResponse() == null
                ? translations.dutch("termination.board.noResponse") : translations.dutch("termination.board.response") + "\n" + ending.getResponse());
        long decisionId = board.prepare(new DecisionRequest(ResignationService.CASE_TYPE, String.valueOf(endingId),
                o.getName(), translations.dutch("termination.board.question", o.getName(), Formats.dutchDate(ending.getEndDate())),
                Texts.limit(proposal, MAX_PROPOSAL), DecisionMode.ONLINE, null), ending.getSubmittedBy());
        ending.toBoard(decisionId);
        return decisionId;
    }

    /** The board decided not to terminate: the organisation stays a member and is told. */
    @Transactional
    public void keepMembership(long endingId) {
        MembershipEnding ending = endings.get(endingId);
        ending.status(EndingStatus.KEPT);
        mails.membershipKept(endings.organisationOf(ending));
    }

    /** The board terminated the membership: the organisation is told why and from when. */
    @Transactional
    public void confirmTermination(long endingId) {
        MembershipEnding ending = endings.get(endingId);
        ending.status(EndingStatus.TERMINATION_ADOPTED);
        Organisation o = endings.organisationOf(ending);
        List<String> reasons = ending.getDecisionId() == null ? List.of()
                : board.reasonsGiven(ending.getDecisionId(), VoteChoice.YES);
        mails.terminationAdopted(o, ending, reasons);
    }

    /**
     * After the end date (its last day of membership): the organisation is a former member from the next day, every
     * seat of its people ended on the end date.
     *
     * @return the seats that need a successor (the process gives the coordinator a task for each)
     */
    @Transactional
    public List<String> endMembership(long endingId) {
        MembershipEnding ending = endings.get(endingId);
        Organisation o = endings.organisationOf(ending);
        membership.changeStatus(o.getId(), OrganisationStatus.FORMER_MEMBER, ending.getEndDate().plusDays(1),
                translations.dutch(ending.getKind() == EndingKind.RESIGNATION ? "resignation.reason.ended" : "termination.reason.ended"),
                SYSTEM);
        ending.status(EndingStatus.ENDED);
        List<String> toSucceed = seats.endAll(o, ending.getEndDate());
        ending.seatsToSucceed(toSucceed);
        return toSucceed;
    }

    /** The member withdrew: it stays a member; the history says so, and who withdrew. */
    @Transactional
    public void recordWithdrawal(long endingId) {
        MembershipEnding ending = endings.get(endingId);
        ending.status(EndingStatus.WITHDRAWN);
        Organisation o = endings.organisationOf(ending);
        membership.changeStatus(o.getId(), o.getStatus(), LocalDate.now(clock), translations.dutch("resignation.reason.withdrawn"),
                currentUser.isAuthenticated() ? currentUser.username() : SYSTEM);
    }
}
