package nl.netwerkregie.resignation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionMode;
import nl.netwerkregie.board.DecisionRequest;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.membership.ContactPerson;
import nl.netwerkregie.network.NetworkProfile;
import nl.netwerkregie.membership.OrganisationSeats;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.resignation.process.EndingEngine;
import nl.netwerkregie.resignation.process.EndingProcesses;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.shared.mail.Mailer;
import nl.netwerkregie.shared.task.TaskListService;
import nl.netwerkregie.shared.task.TaskRow;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resignations and terminations: the API of the resignation feature. A member contact resigns for their own
 * organisation (a coordinator may record it on their behalf); coordinators confirm, propose terminations and
 * record responses; the rest are process steps.
 */
@Service
public class ResignationService {

    public static final String CASE_TYPE = "TERMINATION";
    static final String SYSTEM = "netwerkregie";
    static final String BOARD_SEAT = "board";
    private static final int MAX_TEXT = 4000;

    private final MembershipEndingRepository endings;
    private final OrganisationService organisations;
    private final BoardDecisionService board;
    private final TaskListService tasks;
    private final EndingEngine engine;
    private final List<OrganisationSeats> seats;
    private final Mailer mailer;
    private final TranslationProvider translations;
    private final NetworkProfile profile;
    private final CurrentUser currentUser;
    private final Clock clock;

    ResignationService(MembershipEndingRepository endings, OrganisationService organisations, BoardDecisionService board,
            TaskListService tasks, EndingEngine engine, List<OrganisationSeats> seats, Mailer mailer,
            TranslationProvider translations, NetworkProfile profile, CurrentUser currentUser, Clock clock) {
        this.endings = endings;
        this.organisations = organisations;
        this.board = board;
        this.tasks = tasks;
        this.engine = engine;
        this.seats = seats;
        this.mailer = mailer;
        this.translations = translations;
        this.profile = profile;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The end date if the resignation were received today, by the network's notice rule; shown before submitting. */
    public LocalDate endDateIfResignedToday() {
        return profile.notice().endDateFor(LocalDate.now(clock));
    }

    /**
     * A member resigns in writing with reasons. Member contacts resign for their own organisation; a coordinator
     * may record a resignation received by letter.
     *
     * @return the ending id
     */
    @Transactional
    public long resign(long organisationId, String reasons) {
        Organisation organisation = requireMayActFor(organisationId);
        requireMember(organisation);
        requireNoOpenEnding(organisationId);
        LocalDate today = LocalDate.now(clock);
        MembershipEnding ending = endings.save(new MembershipEnding(organisationId, EndingKind.RESIGNATION,
                requireText(reasons, "resignation.reasonsRequired"), today, profile.notice().endDateFor(today),
                currentUser.username(), Instant.now(clock)));
        engine.startResignation(ending.getId());
        return ending.getId();
    }

    /**
     * The coordinator confirms receipt ("Ontvangst bevestigen"); the organisation gets a confirmation with the end
     * date. The end date can be corrected only with a reason.
     */
    @Transactional
    public void confirmReceipt(String taskId, LocalDate correctedEndDate, String correctionReason) {
        currentUser.require(Role.COORDINATOR);
        MembershipEnding ending = endingOfTask(taskId, EndingProcesses.TASK_CONFIRM_RECEIPT);
        if (correctedEndDate != null && !correctedEndDate.equals(ending.getEndDate())) {
            if (correctionReason == null || correctionReason.isBlank()) {
                throw new DomainException("resignation.correctionReasonRequired");
            }
            if (correctedEndDate.isBefore(LocalDate.now(clock))) {
                throw new DomainException("resignation.endDateInPast");
            }
        }
        ending.confirm(correctedEndDate, correctionReason == null ? null : correctionReason.strip());
        tasks.complete(taskId, java.util.Map.of());
    }

    /** The member withdraws the resignation before the end date; it stays a member. */
    @Transactional
    public void withdraw(long endingId) {
        MembershipEnding ending = get(endingId);
        requireMayActFor(ending.getOrganisationId());
        if (ending.getKind() != EndingKind.RESIGNATION || !ending.getStatus().isOpen()) {
            throw new DomainException("resignation.cannotWithdraw");
        }
        if (!LocalDate.now(clock).isBefore(ending.getEndDate())) {
            throw new DomainException("resignation.endDatePassed");
        }
        if (ending.getStatus() == EndingStatus.RECEIVED) {
            engine.cancel(endingId, "withdrawn before confirmation");
            recordWithdrawal(endingId);
        } else {
            engine.withdrawn(endingId);
        }
    }

    /**
     * A coordinator proposes that the network ends a membership (conditions not kept). The organisation is told
     * and may respond within the profile's response period; then the board decides.
     *
     * @param endDate the date the membership would end, as the board decision will name it
     */
    @Transactional
    public long proposeTermination(long organisationId, String reasons, LocalDate endDate) {
        currentUser.require(Role.COORDINATOR);
        Organisation organisation = organisations.get(organisationId);
        requireMember(organisation);
        requireNoOpenEnding(organisationId);
        LocalDate today = LocalDate.now(clock);
        if (endDate == null || !endDate.isAfter(today)) {
            throw new DomainException("resignation.endDateInPast");
        }
        MembershipEnding ending = new MembershipEnding(organisationId, EndingKind.TERMINATION,
                requireText(reasons, "resignation.reasonsRequired"), today, endDate, currentUser.username(), Instant.now(clock));
        ending.responseDeadline(today.plus(profile.terminationResponsePeriod()));
        endings.save(ending);
        engine.startTermination(ending.getId());
        return ending.getId();
    }

    /** The coordinator records the organisation's response to a proposed termination; the board then decides. */
    @Transactional
    public void recordResponse(long endingId, String response) {
        currentUser.require(Role.COORDINATOR);
        MembershipEnding ending = get(endingId);
        if (ending.getStatus() != EndingStatus.RESPONSE_PERIOD) {
            throw new DomainException("resignation.responsePeriodOver");
        }
        ending.receiveResponse(requireText(response, "resignation.responseRequired"), LocalDate.now(clock));
        engine.responseReceived(endingId);
    }

    /** The seat a succession task is about. Coordinators. */
    @Transactional(readOnly = true)
    public String seatOfTask(String taskId) {
        currentUser.require(Role.COORDINATOR);
        endingOfTask(taskId, EndingProcesses.TASK_ARRANGE_SUCCESSION);
        return engine.seatOfTask(taskId);
    }

    /** The ending a task belongs to (for its form). */
    @Transactional(readOnly = true)
    public MembershipEnding endingOf(TaskRow task) {
        return get(Long.parseLong(task.businessKey()));
    }

    /** The coordinator notes how a seat's succession is arranged ("Opvolging regelen"). */
    @Transactional
    public void arrangeSuccession(String taskId, String note) {
        currentUser.require(Role.COORDINATOR);
        MembershipEnding ending = endingOfTask(taskId, EndingProcesses.TASK_ARRANGE_SUCCESSION);
        ending.addSuccessionNote(requireText(note, "resignation.successionNoteRequired"));
        tasks.complete(taskId, java.util.Map.of());
    }

    // ---- process steps (called by the delegates; no role check) ----

    /** Mails the organisation the confirmation of its resignation with the end date. */
    @Transactional(readOnly = true)
    public void sendConfirmation(long endingId) {
        MembershipEnding ending = get(endingId);
        Organisation o = organisations.get(ending.getOrganisationId());
        mail(o, "mail.resignation.confirmed", o.getName(), ending.getEndDate().toString());
    }

    /** Tells the organisation the network proposes to end its membership, and until when it can respond. */
    @Transactional(readOnly = true)
    public void notifyTerminationProposal(long endingId) {
        MembershipEnding ending = get(endingId);
        Organisation o = organisations.get(ending.getOrganisationId());
        mail(o, "mail.termination.proposed", o.getName(), ending.getReasons(), ending.getResponseDeadline().toString(),
                ending.getEndDate().toString());
    }

    /** Puts the termination to the board: the reasons, the proposed end date and the organisation's response. */
    @Transactional
    public long prepareTerminationDecision(long endingId) {
        MembershipEnding ending = get(endingId);
        Organisation o = organisations.get(ending.getOrganisationId());
        String proposal = dutch("termination.board.proposal", ending.getEndDate().toString()) + "\n\n"
                + ending.getReasons() + "\n\n" + (ending.getResponse() == null
                ? dutch("termination.board.noResponse") : dutch("termination.board.response") + "\n" + ending.getResponse());
        long decisionId = board.prepare(new DecisionRequest(CASE_TYPE, String.valueOf(endingId), o.getName(),
                dutch("termination.board.question", o.getName(), ending.getEndDate().toString()),
                proposal.length() > 8000 ? proposal.substring(0, 8000) : proposal, DecisionMode.ONLINE, null),
                ending.getSubmittedBy());
        ending.toBoard(decisionId);
        return decisionId;
    }

    /** The board decided not to terminate: the organisation stays a member and is told. */
    @Transactional
    public void keepMembership(long endingId) {
        MembershipEnding ending = get(endingId);
        ending.status(EndingStatus.KEPT);
        Organisation o = organisations.get(ending.getOrganisationId());
        mail(o, "mail.termination.kept", o.getName());
    }

    /** The board terminated the membership: the organisation is told why and from when. */
    @Transactional
    public void confirmTermination(long endingId) {
        MembershipEnding ending = get(endingId);
        ending.status(EndingStatus.TERMINATION_ADOPTED);
        Organisation o = organisations.get(ending.getOrganisationId());
        List<String> reasons = ending.getDecisionId() == null ? List.of()
                : board.reasonsGiven(ending.getDecisionId(), VoteChoice.YES);
        mail(o, "mail.termination.adopted", o.getName(), ending.getEndDate().toString(),
                ending.getReasons() + (reasons.isEmpty() ? "" : "\n" + String.join("\n", reasons)));
    }

    /**
     * On the end date: the organisation becomes a former member, every seat of its people ends. Returns the
     * seats that need a successor (the process gives the coordinator a task for each).
     */
    @Transactional
    public List<String> endMembership(long endingId) {
        MembershipEnding ending = get(endingId);
        Organisation o = organisations.get(ending.getOrganisationId());
        organisations.changeStatus(o.getId(), OrganisationStatus.FORMER_MEMBER, ending.getEndDate(),
                dutch(ending.getKind() == EndingKind.RESIGNATION ? "resignation.reason.ended" : "termination.reason.ended"),
                SYSTEM);
        ending.status(EndingStatus.ENDED);
        List<String> toSucceed = new ArrayList<>();
        if (holdsBoardSeat(o)) {
            toSucceed.add(dutch("resignation.seat.board", profile.boardName()));
        }
        seats.forEach(s -> toSucceed.addAll(s.endSeats(o.getId(), ending.getEndDate())));
        ending.seatsToSucceed(toSucceed);
        return toSucceed;
    }

    /** The seats the ended membership left to be filled (read by the process for its succession tasks). */
    @Transactional(readOnly = true)
    public List<String> seatsToSucceed(long endingId) {
        return get(endingId).getSeatsToSucceed();
    }

    /** The member withdrew: it stays a member; the history says so. */
    @Transactional
    public void recordWithdrawal(long endingId) {
        MembershipEnding ending = get(endingId);
        ending.status(EndingStatus.WITHDRAWN);
        Organisation o = organisations.get(ending.getOrganisationId());
        organisations.changeStatus(o.getId(), o.getStatus(), LocalDate.now(clock), dutch("resignation.reason.withdrawn"),
                currentUser.isAuthenticated() ? currentUser.username() : SYSTEM);
    }

    // ---- reads ----

    @Transactional(readOnly = true)
    public MembershipEnding get(long endingId) {
        return endings.findById(endingId).orElseThrow(() -> new DomainException("resignation.notFound", String.valueOf(endingId)));
    }

    /** The organisation's open resignation or termination, if any. */
    @Transactional(readOnly = true)
    public Optional<MembershipEnding> openEndingOf(long organisationId) {
        return endings.findByOrganisationIdOrderByCreatedAtDesc(organisationId).stream()
                .filter(e -> e.getStatus().isOpen()).findFirst();
    }

    /** Every resignation and termination of the organisation, newest first. */
    @Transactional(readOnly = true)
    public List<MembershipEnding> endingsOf(long organisationId) {
        return endings.findByOrganisationIdOrderByCreatedAtDesc(organisationId);
    }

    /** The organisations the current user may resign for: their own (member contact), or all members (coordinator). */
    @Transactional(readOnly = true)
    public List<Organisation> organisationsICanResignFor() {
        if (currentUser.has(Role.COORDINATOR)) {
            return organisations.all().stream().filter(o -> o.getStatus().isMember()).toList();
        }
        currentUser.require(Role.MEMBER_CONTACT);
        return organisations.ofContact(currentUser.username()).stream().filter(o -> o.getStatus().isMember()).toList();
    }

    private boolean holdsBoardSeat(Organisation o) {
        return o.getContacts().stream().map(ContactPerson::username)
                .anyMatch(u -> u != null && profile.boardMembers().contains(u));
    }

    private Organisation requireMayActFor(long organisationId) {
        Organisation organisation = organisations.get(organisationId);
        if (currentUser.has(Role.COORDINATOR)) {
            return organisation;
        }
        currentUser.require(Role.MEMBER_CONTACT);
        String me = currentUser.username();
        if (organisation.getContacts().stream().noneMatch(c -> me.equals(c.username()))) {
            throw new AccessDeniedException(me + " is not a contact of organisation " + organisationId);
        }
        return organisation;
    }

    private static void requireMember(Organisation organisation) {
        if (!organisation.getStatus().isMember()) {
            throw new DomainException("resignation.notAMember", organisation.getName());
        }
    }

    private void requireNoOpenEnding(long organisationId) {
        if (openEndingOf(organisationId).isPresent()) {
            throw new DomainException("resignation.alreadyOpen");
        }
    }

    private MembershipEnding endingOfTask(String taskId, String taskDefinitionKey) {
        TaskRow task = tasks.task(taskId);
        if (!taskDefinitionKey.equals(task.taskDefinitionKey())) {
            throw new AccessDeniedException("Task " + taskId + " is not " + taskDefinitionKey);
        }
        return get(Long.parseLong(task.businessKey()));
    }

    private static String requireText(String text, String key) {
        if (text == null || text.isBlank()) {
            throw new DomainException(key);
        }
        if (text.length() > MAX_TEXT) {
            throw new DomainException("validation.tooLong");
        }
        return text.strip();
    }

    private void mail(Organisation o, String key, Object... args) {
        List<String> to = new ArrayList<>();
        if (o.getBestuurderEmail() != null) {
            to.add(o.getBestuurderEmail());
        }
        o.getContacts().forEach(c -> to.add(c.email()));
        mailer.send(to, dutch(key + ".subject", args), dutch(key + ".body", args));
    }

    private String dutch(String key, Object... args) {
        return translations.translate(TranslationProvider.DUTCH, key, args);
    }
}
