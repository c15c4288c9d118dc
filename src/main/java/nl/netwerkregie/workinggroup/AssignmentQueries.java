package nl.netwerkregie.workinggroup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads of werkgroep assignments: what views list and show, and what task forms, process steps and describers
 * look up. Coordinators, the secretary and the board see every assignment; a chair sees those of the werkgroepen
 * they chair. The methods that say "checks no role" serve callers that guard themselves (a task form opened on the
 * user's own task, a process step).
 */
@Service
public class AssignmentQueries {

    private final AssignmentRepository assignments;
    private final AssignmentVersionRepository versions;
    private final ProgressReportRepository reports;
    private final WerkgroepService werkgroepen;
    private final NetworkRules rules;
    private final CurrentUser currentUser;
    private final Clock clock;

    AssignmentQueries(AssignmentRepository assignments, AssignmentVersionRepository versions,
            ProgressReportRepository reports, WerkgroepService werkgroepen, NetworkRules rules,
            CurrentUser currentUser, Clock clock) {
        this.assignments = assignments;
        this.versions = versions;
        this.reports = reports;
        this.werkgroepen = werkgroepen;
        this.rules = rules;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The assignments the user may see, late ones first, then by next report due: all of them for coordinators,
     * the secretary and the board; for a chair, those of the werkgroepen they chair.
     */
    @Transactional(readOnly = true)
    public List<AssignmentOverview> visible() {
        List<Assignment> found;
        if (seesAll()) {
            found = assignments.findAll();
        } else {
            currentUser.require(Role.WERKGROEP_CHAIR);
            Set<Long> mine = werkgroepen.chairedBy(currentUser.username());
            found = mine.isEmpty() ? List.of() : assignments.findByWerkgroepIdIn(mine);
        }
        return overviewsOf(found).stream()
                .sorted(Comparator.comparing(AssignmentOverview::late).reversed()
                        .thenComparing(AssignmentOverview::nextReportDue, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(AssignmentOverview::id, Comparator.reverseOrder()))
                .toList();
    }

    /** One assignment as a list shows it, if the user may see it (else {@link AccessDeniedException}). */
    @Transactional(readOnly = true)
    public AssignmentOverview overview(long assignmentId) {
        return overviewOf(requireVisible(assignmentId));
    }

    /** Every submitted version, oldest first, if the user may see the assignment. */
    @Transactional(readOnly = true)
    public List<AssignmentVersion> versions(long assignmentId) {
        requireVisible(assignmentId);
        return versions.findByAssignmentIdOrderByNumberAsc(assignmentId);
    }

    /** Every report, oldest first, if the user may see the assignment. */
    @Transactional(readOnly = true)
    public List<ProgressReport> reports(long assignmentId) {
        requireVisible(assignmentId);
        return reports.findByAssignmentIdOrderBySubmittedAtAscIdAsc(assignmentId);
    }

    /** The assignments of one werkgroep (for its page). For coordinators, the secretary and the board. */
    @Transactional(readOnly = true)
    public List<AssignmentOverview> ofWerkgroep(long werkgroepId) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        return assignments.findByWerkgroepIdOrderByCreatedAtAsc(werkgroepId).stream().map(this::overviewOf).toList();
    }

    /** Start, milestones, reports, the next report due and the end, ordered by date, if the user may see it. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long assignmentId) {
        Assignment assignment = requireVisible(assignmentId);
        AssignmentVersion version = currentVersion(assignmentId);
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(version.getStartDate(), "START", version.getDoel()));
        version.getMilestones().forEach(m -> entries.add(new TimelineEntry(m.dueDate(), "MILESTONE", m.description())));
        reports.findByAssignmentIdOrderBySubmittedAtAscIdAsc(assignmentId).forEach(r -> entries.add(new TimelineEntry(
                r.getSubmittedAt().atZone(clock.getZone()).toLocalDate(), r.isFinalReport() ? "FINAL_REPORT" : "REPORT",
                r.getTimelineStatus().name())));
        if (assignment.getStatus() == AssignmentStatus.ACTIVE) {
            entries.add(new TimelineEntry(nextReportDue(assignmentId), "NEXT_REPORT", ""));
        }
        entries.add(new TimelineEntry(version.getEndDate(), "END", version.getGewenstResultaat()));
        entries.sort(Comparator.comparing(TimelineEntry::date));
        return entries;
    }

    /** Whether the current user may report on the assignment (chair or vice chair of its werkgroep today). */
    @Transactional(readOnly = true)
    public boolean isReporter(long assignmentId) {
        return currentUser.isAuthenticated()
                && werkgroepen.chairedBy(currentUser.username()).contains(get(assignmentId).getWerkgroepId());
    }

    /**
     * When the next report is due: the next milestone after the last report's due date (or the start), but at
     * most the profile's report interval later, and not after the end of the tijdspad. Checks no role.
     */
    @Transactional(readOnly = true)
    public LocalDate nextReportDue(long assignmentId) {
        return nextReportDue(currentVersion(assignmentId),
                reports.findFirstByAssignmentIdOrderByIdDesc(assignmentId).map(ProgressReport::getDueDate).orElse(null));
    }

    /**
     * The next report is due one reporting interval after the last one was (or after the start), or at an earlier
     * milestone or end of the tijdspad.
     */
    private LocalDate nextReportDue(AssignmentVersion version, LocalDate lastReportDue) {
        LocalDate base = lastReportDue != null ? lastReportDue : version.getStartDate();
        LocalDate next = base.plus(rules.current().progressReportInterval());
        for (Milestone milestone : version.getMilestones()) {
            if (milestone.dueDate().isAfter(base) && milestone.dueDate().isBefore(next)) {
                next = milestone.dueDate();
            }
        }
        if (version.getEndDate().isAfter(base) && version.getEndDate().isBefore(next)) {
            next = version.getEndDate();
        }
        return next;
    }

    /** The usernames of the werkgroep's chair and vice chair today: who may report. Checks no role. */
    @Transactional(readOnly = true)
    public List<String> reporters(long assignmentId) {
        return werkgroepen.reportingSeats(get(assignmentId).getWerkgroepId()).stream()
                .map(WerkgroepMember::getUsername).filter(u -> u != null).distinct().toList();
    }

    /** The assignments of the werkgroepen whose name contains the text. Checks no role. */
    @Transactional(readOnly = true)
    public List<Long> idsOfWerkgroepsNamedLike(String text) {
        return assignments.idsOfWerkgroepsLike(nl.netwerkregie.shared.task.CaseDescriber.likePattern(text), org.springframework.data.domain.PageRequest.of(0, nl.netwerkregie.shared.task.CaseDescriber.MATCHES));
    }

    /** The werkgroep names of those assignments, in one query: for a page of a task list. Checks no role. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> werkgroepNamesOf(java.util.Collection<Long> assignmentIds) {
        return nl.netwerkregie.shared.IdRows.byId(assignmentIds, assignments::werkgroepNamesOf, row -> (String) row[1]);
    }

    /** The name of the assignment's werkgroep, for task lists. Checks no role. */
    @Transactional(readOnly = true)
    public String werkgroepNameOf(long assignmentId) {
        return werkgroepen.get(get(assignmentId).getWerkgroepId()).getName();
    }

    /** One assignment. For process steps, task forms and describers; checks no role. */
    @Transactional(readOnly = true)
    public Assignment get(long assignmentId) {
        return assignments.findById(assignmentId)
                .orElseThrow(() -> new DomainException("werkgroep.assignment.notFound", String.valueOf(assignmentId)));
    }

    /** The version last submitted to the board. Checks no role. */
    @Transactional(readOnly = true)
    public AssignmentVersion currentVersion(long assignmentId) {
        return versions.findFirstByAssignmentIdOrderByNumberDesc(assignmentId)
                .orElseThrow(() -> new DomainException("werkgroep.assignment.notFound", String.valueOf(assignmentId)));
    }

    /** The report being reviewed or questioned (the latest). Checks no role. */
    @Transactional(readOnly = true)
    public ProgressReport latestReport(long assignmentId) {
        return reports.findFirstByAssignmentIdOrderByIdDesc(assignmentId)
                .orElseThrow(() -> new DomainException("werkgroep.report.none"));
    }

    private boolean seesAll() {
        return currentUser.has(Role.COORDINATOR) || currentUser.has(Role.SECRETARY) || currentUser.has(Role.BOARD_MEMBER);
    }

    private Assignment requireVisible(long assignmentId) {
        Assignment assignment = get(assignmentId);
        if (!seesAll() && !isReporter(assignmentId)) {
            throw new AccessDeniedException("Assignment " + assignmentId + " is not of a werkgroep you chair");
        }
        return assignment;
    }

    /**
     * The overviews of those assignments in five queries, whatever their number (issue 15): their latest
     * versions (milestones batch-fetched), the number of versions, the latest reports' due dates, the werkgroep
     * names. Not paged: the list is ordered by the computed next report, late first, and a network has dozens.
     */
    private List<AssignmentOverview> overviewsOf(List<Assignment> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(Assignment::getId).toList();
        java.util.Map<Long, AssignmentVersion> latest = new java.util.HashMap<>();
        versions.latestOf(ids).forEach(v -> latest.put(v.getAssignmentId(), v));
        java.util.Map<Long, Long> counts = nl.netwerkregie.shared.IdRows.byId(ids, versions::countsOf,
                row -> (Long) row[1]);
        java.util.Map<Long, LocalDate> lastDue = nl.netwerkregie.shared.IdRows.byId(ids, reports::latestDueOf,
                row -> (LocalDate) row[1]);
        java.util.Map<Long, String> werkgroepNames = werkgroepNamesOf(ids);
        LocalDate today = LocalDate.now(clock);
        return found.stream().map(a -> {
            AssignmentVersion version = latest.get(a.getId());
            LocalDate due = a.getStatus() == AssignmentStatus.ACTIVE ? nextReportDue(version, lastDue.get(a.getId()))
                    : null;
            return new AssignmentOverview(a.getId(), a.getWerkgroepId(), werkgroepNames.get(a.getId()), a.getStatus(),
                    version.getDoel(), version.getStartDate(), version.getEndDate(),
                    counts.getOrDefault(a.getId(), 0L).intValue(), due, due != null && due.isBefore(today));
        }).toList();
    }

    private AssignmentOverview overviewOf(Assignment assignment) {
        AssignmentVersion version = currentVersion(assignment.getId());
        LocalDate due = assignment.getStatus() == AssignmentStatus.ACTIVE ? nextReportDue(assignment.getId()) : null;
        int count = versions.findByAssignmentIdOrderByNumberAsc(assignment.getId()).size();
        return new AssignmentOverview(assignment.getId(), assignment.getWerkgroepId(),
                werkgroepen.get(assignment.getWerkgroepId()).getName(), assignment.getStatus(), version.getDoel(),
                version.getStartDate(), version.getEndDate(), count, due, due != null && due.isBefore(LocalDate.now(clock)));
    }
}
