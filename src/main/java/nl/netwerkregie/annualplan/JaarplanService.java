package nl.netwerkregie.annualplan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.netwerkregie.annualplan.process.JaarplanApprovalProcess;
import nl.netwerkregie.annualplan.process.JaarplanStarter;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionMode;
import nl.netwerkregie.board.DecisionRequest;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.membership.ContactPerson;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.shared.mail.Mailer;
import nl.netwerkregie.shared.task.TaskListService;
import nl.netwerkregie.shared.task.TaskRow;
import nl.netwerkregie.shared.theme.ThemeCommitments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Jaarplannen: the API of the annual-plan feature. Coordinators create, edit and submit a plan, record the
 * netwerkgroep's advice (or skip it with a reason) and resubmit after the board rejected it; the other steps
 * are process steps of {@code JaarplanApprovalProcess}.
 */
@Service
public class JaarplanService {

    /** The case type of the board decisions on a jaarplan. */
    public static final String CASE_TYPE = "JAARPLAN";
    static final String SYSTEM = "netwerkregie";
    private static final int MAX_TITLE = 300;
    private static final int MAX_TEXT = 4000;
    private static final int MAX_NAME = 200;
    private static final int MAX_DESCRIPTION = 500;
    private static final int MAX_REASON = 2000;
    private static final int MAX_PROPOSAL = 8000;

    private final JaarplanRepository plans;
    private final JaarplanVersionRepository versions;
    private final BoardDecisionService board;
    private final OrganisationService organisations;
    private final TaskListService tasks;
    private final JaarplanStarter starter;
    private final Mailer mailer;
    private final TranslationProvider translations;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectProvider<ThemeCommitments> commitments;

    JaarplanService(JaarplanRepository plans, JaarplanVersionRepository versions, BoardDecisionService board,
            OrganisationService organisations, TaskListService tasks, JaarplanStarter starter, Mailer mailer,
            TranslationProvider translations, CurrentUser currentUser, Clock clock,
            ObjectProvider<ThemeCommitments> commitments) {
        this.commitments = commitments;
        this.plans = plans;
        this.versions = versions;
        this.board = board;
        this.organisations = organisations;
        this.tasks = tasks;
        this.starter = starter;
        this.mailer = mailer;
        this.translations = translations;
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
        String checkedTitle = requireText(title, MAX_TITLE, "jaarplan.titleRequired");
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
        validate(content);
        Jaarplan plan = new Jaarplan(year, content.title(), by, Instant.now(clock));
        plan.replaceContent(content, by, Instant.now(clock));
        plans.save(plan);
    }

    /** Every plan, the newest year first. Coordinators, the secretary and board members. */
    @Transactional(readOnly = true)
    public List<JaarplanView> all() {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        return plans.findAllByOrderByYearDesc().stream().map(JaarplanService::view).toList();
    }

    /** A plan. Views guard access; task forms, describers and process steps use it too, so no role check. */
    @Transactional(readOnly = true)
    public JaarplanView get(long id) {
        return view(plan(id));
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
        Jaarplan plan = plan(id);
        requireEditable(plan);
        requireVersion(plan, expectedVersion);
        validate(content);
        plan.replaceContent(content, currentUser.username(), Instant.now(clock));
        try {
            plans.saveAndFlush(plan);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new DomainException("jaarplan.concurrentEdit", "?");
        }
        return plan.getVersion();
    }

    /**
     * A coordinator submits the draft: it becomes version 1, is no longer editable, and goes to the netwerkgroep
     * for advice and then to the board.
     */
    @Transactional
    public void submit(long id, long expectedVersion) {
        currentUser.require(Role.COORDINATOR);
        Jaarplan plan = plan(id);
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
        boolean hasAdvice = advice != null && !advice.isBlank();
        boolean skipped = skipReason != null && !skipReason.isBlank();
        if (hasAdvice == skipped) {
            throw new DomainException("jaarplan.adviceOrSkipReason");
        }
        String checkedAdvice = hasAdvice ? requireText(advice, MAX_TEXT, "jaarplan.adviceOrSkipReason") : null;
        String checkedReason = skipped ? requireText(skipReason, MAX_REASON, "jaarplan.adviceOrSkipReason") : null;
        PlanContent content = plan.content();
        String subject = dutch("jaarplan.board.subject", String.valueOf(plan.getYear()), content.title());
        long decisionId = board.prepare(new DecisionRequest(CASE_TYPE, String.valueOf(plan.getId()), limit(subject, 300),
                dutch("jaarplan.board.question", String.valueOf(plan.getYear()), String.valueOf(plan.getSubmittedVersions())),
                limit(proposal(plan, checkedAdvice, checkedReason), MAX_PROPOSAL), DecisionMode.ONLINE, null),
                currentUser.username());
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

    /** A process step: the board rejected the plan; the reasons given with the NO votes become its remarks. */
    @Transactional
    public void returnForRevision(long id) {
        Jaarplan plan = plan(id);
        List<String> reasons = plan.getDecisionId() == null ? List.of()
                : board.reasonsGiven(plan.getDecisionId(), VoteChoice.NO);
        String remarks = reasons.isEmpty() ? dutch("jaarplan.noRemarks")
                : reasons.stream().map(r -> "- " + r).collect(Collectors.joining("\n"));
        plan.returnForRevision(limit(remarks, 8000), SYSTEM, Instant.now(clock));
    }

    /**
     * A process step: the board adopted the plan. It is frozen, its contribution base becomes the year's (see
     * {@code OrganisationService.contributionBase}), and every member's contact persons get the plan as PDF.
     */
    @Transactional
    public void adopt(long id) {
        Jaarplan plan = plan(id);
        plan.adopt(SYSTEM, Instant.now(clock));
        if (plan.getContributionBase() != null) {
            organisations.setContributionBase(plan.getYear(), Begroting.cents(plan.getContributionBase()), SYSTEM);
        }
        JaarplanView view = view(plan);
        byte[] pdf = new JaarplanPdf(translations, TranslationProvider.DUTCH).write(view);
        Mailer.Attachment attachment = new Mailer.Attachment(fileName(view, "pdf"), "application/pdf", pdf);
        String subject = dutch("jaarplan.mail.adoptedSubject", String.valueOf(plan.getYear()), view.content().title());
        String body = dutch("jaarplan.mail.adoptedBody", String.valueOf(plan.getYear()), view.content().title(),
                view.content().contributionBase() == null ? "-" : euro(view.content().contributionBase()));
        for (Organisation member : organisations.members()) {
            mailer.send(member.getContacts().stream().map(ContactPerson::email).toList(), subject, body, attachment);
        }
    }

    /** The versions submitted so far. Coordinators, the secretary and board members. */
    @Transactional(readOnly = true)
    public List<VersionInfo> versions(long id) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        return versions.findByJaarplanIdOrderByNumberAsc(id).stream().map(JaarplanVersion::info).toList();
    }

    /** What changed from one submitted version to another, in texts and amounts. */
    @Transactional(readOnly = true)
    public List<VersionChange> compare(long id, int olderNumber, int newerNumber) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        return PlanVersions.compare(version(id, olderNumber).lines(), version(id, newerNumber).lines());
    }

    /**
     * The budgets of approved werkgroep assignments whose tijdspad starts in that year, per theme; empty when the
     * werkgroep feature is absent. Read once per page: {@link ThemeBudget#compare} sets them against a plan.
     */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> committedPerTheme(int year) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        ThemeCommitments source = commitments.getIfAvailable();
        return source == null ? Map.of() : source.committedPerTheme(year);
    }

    /** The plan and its begroting as PDF, in the reader's language. */
    @Transactional(readOnly = true)
    public byte[] pdf(long id, Locale locale) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        return new JaarplanPdf(translations, locale).write(get(id));
    }

    /** The begroting's cost items as CSV (semicolons), with computed totals; the first columns import again. */
    @Transactional(readOnly = true)
    public byte[] csv(long id, Locale locale) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        return BegrotingCsv.write(get(id).content(), List.of(t(locale, "jaarplan.item.theme"),
                t(locale, "jaarplan.item.description"), t(locale, "jaarplan.item.unitCost"),
                t(locale, "jaarplan.item.count"), t(locale, "jaarplan.item.participants"),
                t(locale, "jaarplan.item.percentage"), t(locale, "jaarplan.item.percentageOf"),
                t(locale, "jaarplan.item.total")));
    }

    /** The begroting as an Excel workbook: the cost items (they import again) and the totals, as numbers. */
    @Transactional(readOnly = true)
    public byte[] xlsx(long id, Locale locale) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        return BegrotingXlsx.write(get(id).content(), key -> t(locale, key));
    }

    /** A file name for an export, e.g. {@code jaarplan-2025.pdf}. */
    public static String fileName(JaarplanView plan, String extension) {
        return "jaarplan-" + plan.year() + "." + extension;
    }

    private void snapshot(Jaarplan plan) {
        PlanContent content = plan.content();
        requireComplete(content);
        int number = plan.submit(currentUser.username(), Instant.now(clock));
        versions.save(new JaarplanVersion(plan.getId(), number, currentUser.username(), Instant.now(clock),
                Begroting.of(content), PlanVersions.lines(content)));
    }

    private String proposal(Jaarplan plan, String advice, String skipReason) {
        PlanContent content = plan.content();
        Begroting begroting = Begroting.of(content);
        StringBuilder text = new StringBuilder(dutch("jaarplan.board.proposal", String.valueOf(plan.getYear()),
                content.title(), String.valueOf(plan.getSubmittedVersions())));
        text.append("\n\n").append(dutch("jaarplan.board.themes"));
        for (ThemePlan theme : content.themes()) {
            text.append("\n- ").append(theme.name()).append(": ").append(euro(begroting.themeTotal(theme)));
        }
        text.append("\n").append(dutch("jaarplan.totalCosts")).append(": ").append(euro(begroting.totalCosts()));
        text.append("\n").append(dutch("jaarplan.totalIncome")).append(": ").append(euro(begroting.totalIncome()));
        if (content.projectBudget() != null) {
            text.append("\n").append(dutch("jaarplan.field.projectBudget")).append(": ").append(euro(content.projectBudget()));
        }
        text.append("\n").append(dutch("jaarplan.field.contributionBase")).append(": ")
                .append(euro(content.contributionBase()));
        text.append("\n\n").append(advice != null ? dutch("jaarplan.board.advice", advice)
                : dutch("jaarplan.board.adviceSkipped", skipReason));
        List<BegrotingWarning> warnings = begroting.warnings();
        if (!warnings.isEmpty()) {
            text.append("\n\n").append(dutch("jaarplan.section.warnings"));
            warnings.forEach(w -> text.append("\n- ").append(dutch(w.key(), euros(w.args()))));
        }
        return text.toString();
    }

    private void requireEditable(Jaarplan plan) {
        if (plan.getStatus() == JaarplanStatus.ADOPTED) {
            throw new DomainException("jaarplan.frozen", String.valueOf(plan.getYear()));
        }
        if (!plan.getStatus().editable()) {
            throw new DomainException("jaarplan.notEditable");
        }
    }

    private void requireVersion(Jaarplan plan, long expectedVersion) {
        if (plan.getVersion() != expectedVersion) {
            throw new DomainException("jaarplan.concurrentEdit",
                    plan.getUpdatedBy() == null ? "?" : plan.getUpdatedBy());
        }
    }

    /** Structural rules for a save; the begroting's warnings do not refuse it. */
    static void validate(PlanContent content) {
        requireText(content.title(), MAX_TITLE, "jaarplan.titleRequired");
        maxLength(content.ambition(), MAX_TEXT);
        maxLength(content.goals(), MAX_TEXT);
        requireMoney(content.projectBudget(), "jaarplan.field.projectBudget");
        requireMoney(content.contributionBase(), "jaarplan.field.contributionBase");
        Set<String> names = new HashSet<>();
        for (ThemePlan theme : content.themes()) {
            String name = requireText(theme.name(), MAX_NAME, "jaarplan.themeNameRequired");
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new DomainException("jaarplan.themeTwice", name);
            }
            maxLength(theme.aims(), MAX_TEXT);
            maxLength(theme.activities(), MAX_TEXT);
            for (CostItem item : theme.items()) {
                validate(name, item);
            }
        }
        for (IncomeLine line : content.income()) {
            String label = requireText(line.label(), MAX_NAME, "jaarplan.incomeLabelRequired");
            if (line.kind() == null || line.amount() == null) {
                throw new DomainException("jaarplan.incomeIncomplete", label);
            }
            requireMoney(line.amount(), label);
        }
        for (SplitLine line : content.split()) {
            String subNetwork = requireText(line.subNetwork(), MAX_NAME, "jaarplan.splitNameRequired");
            if ((line.amount() == null) == (line.fraction() == null)) {
                throw new DomainException("jaarplan.splitAmountOrFraction", subNetwork);
            }
            requireMoney(line.amount(), subNetwork);
            if (line.fraction() != null && (line.fraction().signum() < 0 || line.fraction().compareTo(BigDecimal.ONE) > 0
                    || line.fraction().stripTrailingZeros().scale() > 6)) {
                throw new DomainException("jaarplan.invalidFraction", subNetwork);
            }
        }
    }

    private static void validate(String theme, CostItem item) {
        String description = requireText(item.description(), MAX_DESCRIPTION, "jaarplan.itemDescriptionRequired");
        if (item.isPercentage()) {
            if (item.percentageOf() == null || item.percentage().signum() < 0
                    || item.percentage().compareTo(BigDecimal.valueOf(100)) > 0
                    || item.percentage().stripTrailingZeros().scale() > 6
                    || item.unitCost() != null || item.count() != null) {
                throw new DomainException("jaarplan.invalidPercentageItem", theme, description);
            }
            return;
        }
        if (item.unitCost() == null || item.count() == null || item.count() < 0
                || (item.participants() != null && item.participants() < 0)) {
            throw new DomainException("jaarplan.itemIncomplete", theme, description);
        }
        requireMoney(item.unitCost(), description);
    }

    private static void requireComplete(PlanContent content) {
        if (content.themes().isEmpty()) {
            throw new DomainException("jaarplan.noThemes");
        }
        if (content.contributionBase() == null) {
            throw new DomainException("jaarplan.contributionBaseRequired");
        }
    }

    private static void requireMoney(BigDecimal amount, String what) {
        if (amount != null && (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
                || amount.precision() - amount.scale() > 12)) {
            throw new DomainException("jaarplan.invalidAmount", what);
        }
    }

    private static void maxLength(String text, int max) {
        if (text != null && text.strip().length() > max) {
            throw new DomainException("validation.tooLong");
        }
    }

    private static String requireText(String text, int max, String requiredKey) {
        if (text == null || text.isBlank()) {
            throw new DomainException(requiredKey);
        }
        if (text.strip().length() > max) {
            throw new DomainException("validation.tooLong");
        }
        return text.strip();
    }

    private Jaarplan plan(long id) {
        return plans.findById(id).orElseThrow(() -> new DomainException("jaarplan.notFound", String.valueOf(id)));
    }

    private JaarplanVersion version(long id, int number) {
        return versions.findByJaarplanIdAndNumber(id, number)
                .orElseThrow(() -> new DomainException("jaarplan.versionNotFound", String.valueOf(number)));
    }

    private Jaarplan planOfTask(String taskId, String taskDefinitionKey) {
        TaskRow task = tasks.task(taskId);
        if (!taskDefinitionKey.equals(task.taskDefinitionKey())
                || !JaarplanApprovalProcess.PROCESS_ID.equals(task.processDefinitionKey())) {
            throw new AccessDeniedException("Task " + taskId + " is not " + taskDefinitionKey + " of a jaarplan");
        }
        return plan(Long.parseLong(task.businessKey()));
    }

    private static JaarplanView view(Jaarplan plan) {
        return new JaarplanView(plan.getId(), plan.getYear(), plan.getStatus(), plan.getVersion(),
                plan.getSubmittedVersions(), plan.content(), plan.getAdvice(), plan.getAdviceSkippedReason(),
                plan.getBoardRemarks(), plan.getDecisionId(), plan.getAdoptedAt(), plan.getUpdatedAt(),
                plan.getUpdatedBy());
    }

    private Object[] euros(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof BigDecimal b ? euro(b) : args[i];
        }
        return out;
    }

    private static String euro(BigDecimal amount) {
        return amount == null ? "-"
                : java.text.NumberFormat.getCurrencyInstance(Locale.forLanguageTag("nl-NL")).format(amount);
    }

    private String dutch(String key, Object... args) {
        return translations.translate(TranslationProvider.DUTCH, key, args);
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.translate(locale, key, args);
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
