package nl.netwerkregie.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.annualplan.JaarplanQueries;
import nl.netwerkregie.annualplan.JaarplanService;
import nl.netwerkregie.annualplan.JaarplanStatus;
import nl.netwerkregie.annualplan.JaarplanView;
import nl.netwerkregie.annualplan.PlanContent;
import nl.netwerkregie.annualplan.process.JaarplanApprovalProcess;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.board.VotingService;
import nl.netwerkregie.board.process.BoardDecisionProcess;
import nl.netwerkregie.budget.BudgetRealisationQueries;
import nl.netwerkregie.budget.BudgetService;
import nl.netwerkregie.budget.EntryForm;
import nl.netwerkregie.budget.ThemeRealisation;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.security.Role;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Twente's jaarplan 2026 adopted (the 2025 plan's themes and begroting, submitted, advised and voted on as people
 * would) and its realisation under way: spending on each theme, one theme ("Participatie en ondersteuning") near
 * its budget, spending on the running Bewustwording assignment, and the first subsidy instalments. Through the
 * services, on the first start only; after {@link DemoCases}, and off in the tests.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "netwerkregie.demo.cases", havingValue = "true")
@Order(40)
class DemoBudget implements ApplicationRunner {

    static final int YEAR = 2026;
    private static final Logger LOG = LoggerFactory.getLogger(DemoBudget.class);

    private final JaarplanService jaarplannen;
    private final JaarplanQueries plans;
    private final VotingService voting;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final BudgetService budget;
    private final BudgetRealisationQueries realisation;
    private final NetworkRules rules;

    DemoBudget(JaarplanService jaarplannen, JaarplanQueries plans, VotingService voting, TaskService taskService,
            ManagementService managementService, BudgetService budget, BudgetRealisationQueries realisation,
            NetworkRules rules) {
        this.jaarplannen = jaarplannen;
        this.plans = plans;
        this.voting = voting;
        this.taskService = taskService;
        this.managementService = managementService;
        this.budget = budget;
        this.realisation = realisation;
        this.rules = rules;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!"twente".equals(rules.current().id())) {
            return;
        }
        DemoCases.as("coordinator1", Role.COORDINATOR, () -> {
            if (adoptedPlan() && realisation.entries(YEAR).isEmpty()) {
                record();
            }
            return null;
        });
    }

    /** The plan 2026, adopted; false when another start left it somewhere else. */
    private boolean adoptedPlan() {
        JaarplanView plan = plans.all().stream().filter(p -> p.year() == YEAR).findFirst().orElse(null);
        if (plan == null) {
            PlanContent source = plans.all().stream().filter(p -> p.year() == 2025).findFirst().orElseThrow().content();
            long id = jaarplannen.create(YEAR, "Samen bouwen we verder! 2026");
            jaarplannen.save(id, plans.get(id).version(), new PlanContent("Samen bouwen we verder! 2026",
                    source.ambition(), source.goals(), source.projectBudget(), new BigDecimal("260.00"),
                    source.themes(), source.income(), source.split()));
            jaarplannen.submit(id, plans.get(id).version());
            // Business keys are each feature's own ids: an admission or a decision may have the plan's number too.
            String advice = taskService.createTaskQuery().processDefinitionKey(JaarplanApprovalProcess.PROCESS_ID)
                    .processInstanceBusinessKey(String.valueOf(id)).singleResult().getId();
            jaarplannen.recordAdvice(advice, "De netwerkgroep adviseert positief over plan en begroting.", null);
            long decision = plans.get(id).decisionId();
            for (int m = 1; m <= 5; m++) {
                String member = "bestuur" + m;
                String task = taskService.createTaskQuery().processDefinitionKey(BoardDecisionProcess.PROCESS_ID)
                        .processInstanceBusinessKey(String.valueOf(decision)).taskAssignee(member).singleResult()
                        .getId();
                DemoCases.as(member, Role.BOARD_MEMBER, () -> {
                    voting.castVote(decision, task, VoteChoice.YES, null);
                    return null;
                });
            }
            plan = plans.get(id);
        }
        // The adoption runs after the last vote as a job; run it now rather than wait for the job executor.
        for (int round = 0; round < 20 && plan.status() != JaarplanStatus.ADOPTED; round++) {
            runDueJobs();
            plan = plans.get(plan.id());
        }
        if (plan.status() != JaarplanStatus.ADOPTED) {
            LOG.warn("Demo: the jaarplan {} is {}, not adopted; no realisation recorded", YEAR, plan.status());
        }
        return plan.status() == JaarplanStatus.ADOPTED;
    }

    private void runDueJobs() {
        for (Job job : managementService.createJobQuery().executable().list()) {
            try {
                managementService.executeJob(job.getId());
            } catch (RuntimeException takenOrFailed) {
                // The job executor took it meanwhile, or it failed and will be retried: the next round looks again.
                LOG.debug("Demo: job {} not run here: {}", job.getId(), takenOrFailed.getMessage());
            }
        }
    }

    private void record() {
        String bewustwording = "Bewustwording";
        String participatie = "Participatie en ondersteuning";
        List<EntryForm> entries = List.of(
                EntryForm.income(LocalDate.of(YEAR, 1, 20), new BigDecimal("61045.50"), "Eerste termijn instellingssubsidie",
                        "Netwerk Enschede-Haaksbergen Noordoost Twente (EHNOT)"),
                EntryForm.income(LocalDate.of(YEAR, 1, 20), new BigDecimal("51944.00"), "Eerste termijn instellingssubsidie",
                        "Netwerk Noordwest Twente (NWT)"),
                EntryForm.income(LocalDate.of(YEAR, 1, 22), new BigDecimal("37365.00"), "Eerste termijn instellingssubsidie",
                        "Netwerk Midden Twente (MT)"),
                EntryForm.spending(LocalDate.of(YEAR, 2, 12), new BigDecimal("1250.00"),
                        "Campagne Praat erover: drukwerk en advertenties", bewustwording, null),
                EntryForm.spending(LocalDate.of(YEAR, 3, 5), new BigDecimal("2400.00"),
                        "Regionale bijeenkomst proactieve zorgplanning, zaalhuur en catering",
                        "Coördinatie en continuïteit van zorg", null),
                EntryForm.spending(LocalDate.of(YEAR, 4, 16), new BigDecimal("1875.00"),
                        "Netwerkbijeenkomst samenwerkingspartners", "Samenwerking", null),
                EntryForm.spending(LocalDate.of(YEAR, 5, 28), new BigDecimal("487.50"),
                        "Vormgeving patiëntenwegwijzer (offerte vormgever)", participatie, null));
        entries.stream().filter(e -> !e.date().isAfter(LocalDate.now())).forEach(e -> budget.record(e, null));
        realisation.choices(YEAR).assignments().stream().filter(a -> bewustwording.equals(a.theme())).findFirst()
                .ifPresent(a -> budget.record(EntryForm.spending(a.startDate().plusWeeks(3).isAfter(LocalDate.now())
                        ? LocalDate.now() : a.startDate().plusWeeks(3), new BigDecimal("1350.00"),
                        "Sprekers eerste scholingsavond proactieve zorgplanning", bewustwording, a.assignmentId()), null));
        // One theme near its budget: spent up to 93% of it, by the support of the penvoerder.
        ThemeRealisation near = realisation.ofYear(YEAR).orElseThrow().themes().stream()
                .filter(t -> t.theme().equals(participatie)).findFirst().orElseThrow();
        BigDecimal toNear = near.budgeted().multiply(new BigDecimal("0.93")).subtract(near.spent())
                .setScale(2, RoundingMode.HALF_UP);
        LocalDate day = LocalDate.of(YEAR, 10, 30).isAfter(LocalDate.now()) ? LocalDate.now() : LocalDate.of(YEAR, 10, 30);
        if (toNear.signum() > 0 && day.getYear() == YEAR) {
            budget.record(EntryForm.spending(day, toNear, "Ondersteuning netwerkzorg door penvoerder (offerte)",
                    participatie, null), null);
        }
    }
}
