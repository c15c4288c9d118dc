package nl.netwerkregie.annualplan;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import nl.netwerkregie.annualplan.process.JaarplanApprovalProcess;
import nl.netwerkregie.annualplan.process.JaarplanStarter;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.Texts;
import nl.netwerkregie.shared.task.TaskGuard;
import nl.netwerkregie.shared.task.TaskListService;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The command API of the annual-plan feature, every command role-checked: coordinators create, edit, import
 * into and submit a plan, record the netwerkgroep's advice (or skip it with a reason) and resubmit after the
 * board rejected it. Reads are in {@link JaarplanQueries}, downloads in {@link JaarplanExports}, and what the
 * process does after the board's decision in {@link JaarplanSteps}.
 */
@Service
public class JaarplanService {

    /** The case type of the board decisions on a jaarplan. */
    public static final String CASE_TYPE = "JAARPLAN";

    private final JaarplanRepository plans;
    private final JaarplanVersionRepository versions;
    private final JaarplanBoard board;
    private final TaskGuard taskGuard;
    private final TaskListService tasks;
    private final JaarplanStarter starter;
    private final CurrentUser currentUser;
    private final Clock clock;

    JaarplanService(JaarplanRepository plans, JaarplanVersionRepository versions, JaarplanBoard board,
            TaskGuard taskGuard, TaskListService tasks, JaarplanStarter starter, CurrentUser currentUser, Clock clock) {
        this.plans = plans;
        this.versions = versions;
        this.board = board;
        this.taskGuard = taskGuard;
        this.tasks = tasks;
        this.starter = starter;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A coordinator starts the plan for a year (one plan per year). @return the plan's id */
    @Transactional
    public long create(int year, String title) {
        currentUser.require(Role.COORDINATOR);
        if (year < 2000 || year > 2100) {
            throw new DomainException("jaarplan.invalidYear", String.valueOf(year));
        }
        String checkedTitle = PlanContentRules.title(title);
        if (plans.findByYear(year).isPresent()) {
            throw new DomainException("jaarplan.yearExists", String.valueOf(year));
        }
        return plans.save(new Jaarplan(year, checkedTitle, currentUser.username(), Instant.now(clock))).getId();
    }

    /**
     * Records a plan with its content as a draft, unless the year has one already (for the demo data, which
     * no person triggers; so no role check). Package-private: only this feature's loader uses it.
     */
    @Transactional
    void createIfAbsent(int year, PlanContent content, String by) {
        if (plans.findByYear(year).isPresent()) {
            return;
        }
        PlanContentRules.validate(content);
        Jaarplan plan = new Jaarplan(year, content.title(), by, Instant.now(clock));
        plan.replaceContent(content, by, Instant.now(clock));
        plans.save(plan);
    }

    /**
     * A coordinator saves the draft (or the plan under revision). Refused when someone else saved it after
     * {@code expectedVersion} was read: nothing of theirs is overwritten, and the caller keeps what it typed.
     *
     * @return the new version to send with the next save
     */
    @Transactional
    public long save(long id, long expectedVersion, PlanContent content) {
        currentUser.require(Role.COORDINATOR);
        // Locked, not only versioned: a colleague's save at the same moment would otherwise be noticed only at
        // the flush, where who saved is no longer known (the refusal said "opgeslagen door ?").
        Jaarplan plan = plans.requireLocked(id);
        requireEditable(plan);
        requireVersion(plan, expectedVersion);
        PlanContentRules.validate(content);
        plan.replaceContent(content, currentUser.username(), Instant.now(clock));
        try {
            plans.saveAndFlush(plan);
        } catch (ObjectOptimisticLockingFailureException e) {
            // The row is locked, so only a writer that does not lock it can get here: who it was is not known.
            throw new DomainException("jaarplan.concurrentEdit", "?");
        }
        return plan.getVersion();
    }

    /**
     * A coordinator reads a begroting spreadsheet (CSV or XLSX) to add its items to the plan in the form; nothing
     * is stored until the form is saved. Rows that cannot be read are reported, not refused.
     */
    public BegrotingImport.ImportResult importBegroting(byte[] spreadsheet) {
        currentUser.require(Role.COORDINATOR);
        return BegrotingImport.read(spreadsheet);
    }

    /**
     * A coordinator submits the draft: it becomes version 1, is no longer editable, and goes to the netwerkgroep
     * for advice and then to the board.
     */
    @Transactional
    public void submit(long id, long expectedVersion) {
        currentUser.require(Role.COORDINATOR);
        // Locked: of two submits of the same moment both passed the checks, and the second then hit the submitted
        // version's unique key, a raw error; now it waits and is told the plan is no longer editable.
        Jaarplan plan = plans.requireLocked(id);
        if (plan.getStatus() != JaarplanStatus.DRAFT) {
            throw new DomainException(plan.getStatus() == JaarplanStatus.REVISION ? "jaarplan.resubmitThroughTask"
                    : "jaarplan.notEditable");
        }
        requireVersion(plan, expectedVersion);
        snapshot(plan);
        starter.start(plan.getId());
    }

    /**
     * "Advies netwerkgroep vastleggen": the netwerkgroep's advice, or the reason it is skipped (exactly one);
     * then the plan and its budget go to the board together.
     */
    @Transactional
    public void recordAdvice(String taskId, String advice, String skipReason) {
        currentUser.require(Role.COORDINATOR);
        Jaarplan plan = planOfTask(taskId, JaarplanApprovalProcess.TASK_RECORD_ADVICE);
        if (Texts.isBlank(advice) == Texts.isBlank(skipReason)) {
            throw new DomainException("jaarplan.adviceOrSkipReason");
        }
        // Exactly one of the two is given now; the other is blank and so stays null.
        String checkedAdvice = Texts.optional(advice, PlanContentRules.MAX_TEXT);
        String checkedReason = Texts.optional(skipReason, PlanContentRules.MAX_REASON);
        long decisionId = board.propose(plan, checkedAdvice, checkedReason, currentUser.username());
        plan.recordAdvice(checkedAdvice, checkedReason, decisionId, currentUser.username(), Instant.now(clock));
        tasks.complete(taskId, Map.of(JaarplanApprovalProcess.VAR_DECISION_ID, decisionId));
    }

    /**
     * "Jaarplan herzien": the coordinators revised the plan after the board's remarks (saved in the editor)
     * and resubmit it as the next version, for advice and the board again.
     */
    @Transactional
    public void resubmit(String taskId) {
        currentUser.require(Role.COORDINATOR);
        Jaarplan plan = planOfTask(taskId, JaarplanApprovalProcess.TASK_REVISE_PLAN);
        if (plan.getStatus() != JaarplanStatus.REVISION) {
            throw new DomainException("jaarplan.notEditable");
        }
        snapshot(plan);
        tasks.complete(taskId, Map.of());
    }

    /** Keeps the plan as it is now as its next submitted version, texts and computed amounts alike. */
    private void snapshot(Jaarplan plan) {
        PlanContent content = plan.content();
        PlanContentRules.requireComplete(content);
        int number = plan.submit(currentUser.username(), Instant.now(clock));
        versions.save(new JaarplanVersion(plan.getId(), number, currentUser.username(), Instant.now(clock),
                Begroting.of(content), PlanVersions.lines(content)));
    }

    private Jaarplan planOfTask(String taskId, String taskDefinitionKey) {
        return plans.require(taskGuard.caseOf(taskId, JaarplanApprovalProcess.PROCESS_ID, taskDefinitionKey));
    }

    private static void requireEditable(Jaarplan plan) {
        if (plan.getStatus() == JaarplanStatus.ADOPTED) {
            throw new DomainException("jaarplan.frozen", String.valueOf(plan.getYear()));
        }
        if (!plan.getStatus().editable()) {
            throw new DomainException("jaarplan.notEditable");
        }
    }

    private static void requireVersion(Jaarplan plan, long expectedVersion) {
        if (plan.getVersion() != expectedVersion) {
            throw new DomainException("jaarplan.concurrentEdit",
                    plan.getUpdatedBy() == null ? "?" : plan.getUpdatedBy());
        }
    }
}
