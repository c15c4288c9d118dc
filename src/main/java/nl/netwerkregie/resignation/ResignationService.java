package nl.netwerkregie.resignation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.resignation.process.EndingEngine;
import nl.netwerkregie.resignation.process.EndingProcesses;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.Texts;
import nl.netwerkregie.shared.task.TaskGuard;
import nl.netwerkregie.shared.task.TaskListService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resignations and terminations: the command API of the resignation feature, each command checking who may
 * give it. A member contact resigns for their own organisation (a coordinator may record it on their behalf)
 * and may withdraw; coordinators confirm receipt, propose terminations, record responses and arrange
 * successions. What views read is {@link ResignationQueries}; what the processes do is {@link ResignationSteps}.
 */
@Service
public class ResignationService {

    /** The case type of the board decisions on a termination. */
    public static final String CASE_TYPE = "TERMINATION";
    private static final int MAX_TEXT = 4000;
    /** Succession tasks come from both processes: the end of a membership is the same step in each. */
    private static final List<String> ENDING_PROCESSES = List.of(EndingProcesses.RESIGNATION_PROCESS,
            EndingProcesses.TERMINATION_PROCESS);

    private final MembershipEndingRepository endings;
    private final ResignationQueries queries;
    private final OrganisationService organisations;
    private final TaskGuard taskGuard;
    private final TaskListService tasks;
    private final EndingEngine engine;
    private final CurrentUser currentUser;
    private final Clock clock;

    ResignationService(MembershipEndingRepository endings, ResignationQueries queries, OrganisationService organisations,
            TaskGuard taskGuard, TaskListService tasks, EndingEngine engine, CurrentUser currentUser, Clock clock) {
        this.endings = endings;
        this.queries = queries;
        this.organisations = organisations;
        this.taskGuard = taskGuard;
        this.tasks = tasks;
        this.engine = engine;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A member resigns in writing with reasons, received today: a member contact for their own organisation, or a
     * coordinator recording a letter that came in today. See {@link #resign(long, String, LocalDate)}.
     *
     * @return the ending id
     */
    @Transactional
    public long resign(long organisationId, String reasons) {
        return resign(organisationId, reasons, LocalDate.now(clock));
    }

    /**
     * A member resigns in writing with reasons. Member contacts resign for their own organisation; it is received
     * today, and they cannot name another day. A coordinator records a resignation that came by letter or e-mail
     * on the member's behalf, dated on the day it was received ({@code receivedOn}: required, not in the future, not
     * before the membership began, not so long ago that its end date has passed). The end date follows the notice
     * rule from that day.
     *
     * @return the ending id
     */
    @Transactional
    public long resign(long organisationId, String reasons, LocalDate receivedOn) {
        ResignationPreview checked = check(organisationId, reasons, receivedOn);
        MembershipEnding ending = new MembershipEnding(organisationId, EndingKind.RESIGNATION, reasons.strip(),
                checked.receivedOn(), checked.endDate(), currentUser.username(), Instant.now(clock));
        if (checked.onBehalf()) {
            ending.recordedOnBehalf();
        }
        endings.save(ending);
        engine.startResignation(ending.getId());
        return ending.getId();
    }

    /**
     * Checks a resignation exactly as {@link #resign(long, String, LocalDate)} would, without recording it: the
     * received date and end date it would get, for the confirmation the member or coordinator sees first.
     */
    @Transactional(readOnly = true)
    public ResignationPreview preview(long organisationId, String reasons, LocalDate receivedOn) {
        return check(organisationId, reasons, receivedOn);
    }

    private ResignationPreview check(long organisationId, String reasons, LocalDate receivedOn) {
        Organisation organisation = requireMayActFor(organisationId);
        requireMember(organisation);
        requireNoOpenEnding(organisationId);
        Texts.require(reasons, MAX_TEXT, "resignation.reasonsRequired");
        boolean onBehalf = queries.onBehalfOf(organisation);
        LocalDate received = onBehalf ? requireReceivedOn(organisation, receivedOn) : receivedToday(receivedOn);
        return new ResignationPreview(organisation.getName(), received, queries.endDateIfReceivedOn(received), onBehalf);
    }

    /** A member contact's own resignation is received today; naming another day is only for coordinators. */
    private LocalDate receivedToday(LocalDate receivedOn) {
        LocalDate today = LocalDate.now(clock);
        if (receivedOn != null && !receivedOn.equals(today)) {
            throw new DomainException("resignation.receivedOnOnlyOnBehalf");
        }
        return today;
    }

    private LocalDate requireReceivedOn(Organisation organisation, LocalDate receivedOn) {
        LocalDate today = LocalDate.now(clock);
        if (receivedOn == null) {
            throw new DomainException("resignation.receivedOnRequired");
        }
        if (receivedOn.isAfter(today)) {
            throw new DomainException("resignation.receivedOnInFuture");
        }
        LocalDate memberSince = queries.memberSince(organisation);
        if (receivedOn.isBefore(memberSince)) {
            throw new DomainException("resignation.receivedOnBeforeMembership", organisation.getName(), memberSince);
        }
        LocalDate endDate = queries.endDateIfReceivedOn(receivedOn);
        if (endDate.isBefore(today)) {
            throw new DomainException("resignation.receivedOnEndDatePassed", receivedOn, endDate);
        }
        return receivedOn;
    }

    /**
     * The coordinator confirms receipt ("Ontvangst bevestigen"); the organisation gets a confirmation with the end
     * date. The end date can be corrected only with a reason.
     */
    @Transactional
    public void confirmReceipt(String taskId, LocalDate correctedEndDate, String correctionReason) {
        currentUser.require(Role.COORDINATOR);
        MembershipEnding ending = queries.get(taskGuard.caseOf(taskId, EndingProcesses.RESIGNATION_PROCESS,
                EndingProcesses.TASK_CONFIRM_RECEIPT));
        if (correctedEndDate != null && !correctedEndDate.equals(ending.getEndDate())) {
            if (Texts.isBlank(correctionReason)) {
                throw new DomainException("resignation.correctionReasonRequired");
            }
            if (correctedEndDate.isBefore(LocalDate.now(clock))) {
                throw new DomainException("resignation.endDateInPast");
            }
        }
        ending.confirm(correctedEndDate, correctionReason == null ? null : correctionReason.strip());
        tasks.complete(taskId, Map.of());
    }

    /** The member withdraws the resignation before the end date; it stays a member. */
    @Transactional
    public void withdraw(long endingId) {
        MembershipEnding ending = queries.get(endingId);
        requireMayActFor(ending.getOrganisationId());
        if (ending.getKind() != EndingKind.RESIGNATION || !ending.getStatus().isOpen()) {
            throw new DomainException("resignation.cannotWithdraw");
        }
        if (!LocalDate.now(clock).isBefore(ending.getEndDate())) {
            throw new DomainException("resignation.endDatePassed");
        }
        if (ending.getStatus() == EndingStatus.RECEIVED) {
            engine.withdrawnBeforeConfirmation(endingId);
        } else {
            engine.withdrawn(endingId);
        }
    }

    /**
     * A coordinator proposes that the network ends a membership (conditions not kept). The organisation is told
     * and may respond within the profile's response period; then the board decides.
     *
     * @param endDate the date the membership would end, as the board decision will name it
     * @return the ending id
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
                Texts.require(reasons, MAX_TEXT, "resignation.reasonsRequired"), today, endDate, currentUser.username(),
                Instant.now(clock));
        ending.responseDeadline(queries.responseDeadlineIfProposedOn(today));
        endings.save(ending);
        engine.startTermination(ending.getId());
        return ending.getId();
    }

    /** The coordinator records the organisation's response to a proposed termination; the board then decides. */
    @Transactional
    public void recordResponse(long endingId, String response) {
        currentUser.require(Role.COORDINATOR);
        MembershipEnding ending = queries.get(endingId);
        if (ending.getStatus() != EndingStatus.RESPONSE_PERIOD) {
            throw new DomainException("resignation.responsePeriodOver");
        }
        ending.receiveResponse(Texts.require(response, MAX_TEXT, "resignation.responseRequired"), LocalDate.now(clock));
        engine.responseReceived(endingId);
    }

    /** The seat a succession task is about, for the task's form. Coordinators. */
    @Transactional(readOnly = true)
    public String seatOfTask(String taskId) {
        currentUser.require(Role.COORDINATOR);
        taskGuard.caseOf(taskId, ENDING_PROCESSES, EndingProcesses.TASK_ARRANGE_SUCCESSION);
        return engine.seatOfTask(taskId);
    }

    /** The coordinator notes how a seat's succession is arranged ("Opvolging regelen"). */
    @Transactional
    public void arrangeSuccession(String taskId, String note) {
        currentUser.require(Role.COORDINATOR);
        MembershipEnding ending = queries.get(taskGuard.caseOf(taskId, ENDING_PROCESSES,
                EndingProcesses.TASK_ARRANGE_SUCCESSION));
        ending.addSuccessionNote(Texts.require(note, MAX_TEXT, "resignation.successionNoteRequired"));
        tasks.complete(taskId, Map.of());
    }


    private Organisation requireMayActFor(long organisationId) {
        Organisation organisation = organisations.get(organisationId);
        if (currentUser.has(Role.COORDINATOR)) {
            return organisation;
        }
        currentUser.require(Role.MEMBER_CONTACT);
        if (!queries.isContactOf(organisation)) {
            throw new AccessDeniedException(currentUser.username() + " is not a contact of organisation " + organisationId);
        }
        return organisation;
    }

    private static void requireMember(Organisation organisation) {
        if (!organisation.getStatus().isMember()) {
            throw new DomainException("resignation.notAMember", organisation.getName());
        }
    }

    private void requireNoOpenEnding(long organisationId) {
        if (queries.openEndingOf(organisationId).isPresent()) {
            throw new DomainException("resignation.alreadyOpen");
        }
    }
}
