package nl.netwerkregie.annualreport;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import nl.netwerkregie.annualreport.process.JaarverslagApprovalProcess;
import nl.netwerkregie.annualreport.process.JaarverslagStarter;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.task.TaskGuard;
import nl.netwerkregie.shared.task.TaskListService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The command API of the jaarverslag, every command role-checked: coordinators start the report of a year,
 * write its sections' texts, and submit it to the board (again, after the board returned it). Reads are in
 * {@link JaarverslagQueries}; what the process does after the board's decision is in {@link JaarverslagSteps}.
 */
@Service
public class JaarverslagService {

    /** The case type of the board decisions on a jaarverslag. */
    public static final String CASE_TYPE = "JAARVERSLAG";
    static final int MAX_TEXT = 8000;

    private final JaarverslagRepository reports;
    private final JaarverslagSubmissions submissions;
    private final TaskGuard taskGuard;
    private final TaskListService tasks;
    private final JaarverslagStarter starter;
    private final CurrentUser currentUser;
    private final Clock clock;

    JaarverslagService(JaarverslagRepository reports, JaarverslagSubmissions submissions, TaskGuard taskGuard,
            TaskListService tasks, JaarverslagStarter starter, CurrentUser currentUser, Clock clock) {
        this.reports = reports;
        this.submissions = submissions;
        this.taskGuard = taskGuard;
        this.tasks = tasks;
        this.starter = starter;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A coordinator starts the report of a year (one per year). @return the report's id */
    @Transactional
    public long create(int year) {
        currentUser.require(Role.COORDINATOR);
        if (year < 2000 || year > 2100) {
            throw new DomainException("jaarverslag.invalidYear", String.valueOf(year));
        }
        if (reports.findByYear(year).isPresent()) {
            throw new DomainException("jaarverslag.yearExists", String.valueOf(year));
        }
        return reports.save(new Jaarverslag(year, currentUser.username(), Instant.now(clock))).getId();
    }

    /**
     * A coordinator saves the sections' texts (blank ones are left out). Refused when someone else saved after
     * {@code expectedVersion} was read: nothing of theirs is overwritten, and the form keeps what was typed.
     *
     * @return the new version to send with the next save
     */
    @Transactional
    public long saveTexts(long id, long expectedVersion, Map<Section, String> texts) {
        currentUser.require(Role.COORDINATOR);
        Jaarverslag report = reports.require(id);
        requireVersion(report, expectedVersion);
        Map<Section, String> checked = new EnumMap<>(Section.class);
        texts.forEach((section, text) -> {
            if (text != null && text.strip().length() > MAX_TEXT) {
                throw new DomainException("jaarverslag.textTooLong", String.valueOf(MAX_TEXT));
            }
            checked.put(section, text);
        });
        report.replaceTexts(checked, currentUser.username(), Instant.now(clock));
        try {
            reports.saveAndFlush(report);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new DomainException("jaarverslag.concurrentEdit", "?");
        }
        return report.getVersion();
    }

    /**
     * A coordinator submits the draft: its figures are kept as compiled now, its texts are locked, and it goes to
     * the board for adoption.
     */
    @Transactional
    public void submit(long id, long expectedVersion) {
        currentUser.require(Role.COORDINATOR);
        Jaarverslag report = reports.require(id);
        if (report.getStatus() != JaarverslagStatus.DRAFT) {
            throw new DomainException(report.getStatus() == JaarverslagStatus.REVISION
                    ? "jaarverslag.resubmitThroughTask" : "jaarverslag.notEditable", String.valueOf(report.getYear()));
        }
        requireVersion(report, expectedVersion);
        long decisionId = submitToBoard(report);
        starter.start(report.getId(), decisionId);
    }

    /**
     * "Jaarverslag herzien en opnieuw indienen": the coordinators revised the texts after the board's remarks and
     * submit it again, with the figures compiled anew (a payment or a closed assignment may have come in since).
     */
    @Transactional
    public void resubmit(String taskId) {
        currentUser.require(Role.COORDINATOR);
        Jaarverslag report = reports.require(taskGuard.caseOf(taskId, JaarverslagApprovalProcess.PROCESS_ID,
                JaarverslagApprovalProcess.TASK_REVISE_REPORT));
        if (report.getStatus() != JaarverslagStatus.REVISION) {
            throw new DomainException("jaarverslag.notEditable", String.valueOf(report.getYear()));
        }
        long decisionId = submitToBoard(report);
        tasks.complete(taskId, Map.of(JaarverslagApprovalProcess.VAR_DECISION_ID, decisionId));
    }

    private long submitToBoard(Jaarverslag report) {
        return submissions.submit(report, currentUser.username());
    }

    private static void requireVersion(Jaarverslag report, long expectedVersion) {
        if (report.getVersion() != expectedVersion) {
            throw new DomainException("jaarverslag.concurrentEdit",
                    report.getUpdatedBy() == null ? "?" : report.getUpdatedBy());
        }
    }
}
