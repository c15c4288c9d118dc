package nl.netwerkregie.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.annualplan.Begroting;
import nl.netwerkregie.annualplan.JaarplanView;
import nl.netwerkregie.annualplan.ThemePlan;
import nl.netwerkregie.membership.ContributionService;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.workinggroup.AssignmentApprovals;
import nl.netwerkregie.workinggroup.AssignmentForm;
import nl.netwerkregie.workinggroup.AssignmentService;
import nl.netwerkregie.workinggroup.Milestone;
import nl.netwerkregie.workinggroup.ReportForm;
import nl.netwerkregie.workinggroup.TimelineStatus;
import nl.netwerkregie.workinggroup.WerkgroepFixtures;
import nl.netwerkregie.workinggroup.WerkgroepService;
import nl.netwerkregie.workinggroup.process.WerkgroepAssignmentProcess;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The budget realisation against the adopted Twente jaarplan 2025 (issue 18, acceptance 2), on H2 and PostgreSQL
 * (persistence tag). The figures of the shared database grow with every test, so each test compares what it
 * recorded with what was there before it.
 */
@Tag("persistence")
class BudgetRealisationIT extends IntegrationTest {

    private static final int YEAR = AdoptedTwente2025.YEAR;
    private static final String BEWUSTWORDING = "Bewustwording";
    private static final String SAMENWERKING = "Samenwerking";
    private static final String SUBSIDY_EHNOT = "Netwerk Enschede-Haaksbergen Noordoost Twente (EHNOT)";

    @Autowired AdoptedTwente2025 adopted;
    @Autowired BudgetService budget;
    @Autowired BudgetRealisationQueries realisation;
    @Autowired ContributionService contributions;
    @Autowired WerkgroepService werkgroepen;
    @Autowired OrganisationService organisations;
    @Autowired AssignmentService assignments;
    @Autowired AssignmentApprovals approvals;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired TranslationProvider translations;

    private JaarplanView plan;

    @BeforeEach
    void adoptThePlan() {
        plan = adopted.plan(this::loginAs);
        loginAs("coordinator1");
    }

    @Test
    void spendingAgainstTheAdoptedPlanGivesBegrootBesteedResterendPerTheme() {
        ThemeRealisation before = theme(BEWUSTWORDING);
        BigDecimal samenwerkingBefore = theme(SAMENWERKING).spent();
        BigDecimal receivedBefore = income(SUBSIDY_EHNOT).received();

        budget.record(EntryForm.spending(LocalDate.of(YEAR, 3, 12), new BigDecimal("487.50"),
                "Vormgeving patiëntenwegwijzer", BEWUSTWORDING, null), null);
        budget.record(EntryForm.spending(LocalDate.of(YEAR, 4, 2), new BigDecimal("200"),
                "Zaalhuur PatiëntenNaastenPlatform", " bewustwording ", null), null);
        budget.record(EntryForm.spending(LocalDate.of(YEAR, 5, 20), new BigDecimal("1018.32"),
                "Tekstschrijver website", SAMENWERKING, null), null);
        budget.record(EntryForm.income(LocalDate.of(YEAR, 1, 15), new BigDecimal("61045.50"),
                "Eerste termijn instellingssubsidie", SUBSIDY_EHNOT), null);

        ThemePlan bewustwording = plan.content().themes().stream().filter(t -> t.name().equals(BEWUSTWORDING))
                .findFirst().orElseThrow();
        ThemeRealisation after = theme(BEWUSTWORDING);
        assertThat(after.budgeted()).isEqualByComparingTo(Begroting.of(plan.content()).themeTotal(bewustwording));
        assertThat(after.spent()).isEqualByComparingTo(before.spent().add(new BigDecimal("687.50")));
        assertThat(after.remaining()).isEqualByComparingTo(after.budgeted().subtract(after.spent()));
        assertThat(theme(SAMENWERKING).spent()).isEqualByComparingTo(samenwerkingBefore.add(new BigDecimal("1018.32")));
        assertThat(income(SUBSIDY_EHNOT).budgeted()).isEqualByComparingTo("122091.00");
        assertThat(income(SUBSIDY_EHNOT).received()).isEqualByComparingTo(receivedBefore.add(new BigDecimal("61045.50")));
        YearRealisation year = realisation.ofYear(YEAR).orElseThrow();
        assertThat(year.themes()).extracting(ThemeRealisation::theme).containsExactly(BEWUSTWORDING,
                "Coördinatie en continuïteit van zorg", SAMENWERKING, "Participatie en ondersteuning");
        assertThat(year.income()).filteredOn(i -> i.kind().equals(IncomeRealisation.CONTRIBUTIONS)).singleElement()
                .extracting(IncomeRealisation::received).isEqualTo(contributions.receivedFor(YEAR));
        assertThat(year.spent()).isEqualByComparingTo(year.themes().stream().map(ThemeRealisation::spent)
                .reduce(BigDecimal.ZERO, BigDecimal::add));

        // Not a theme of the plan, not a line of the begroting, no plan for the year, a bad amount: refused.
        assertRefused(EntryForm.spending(LocalDate.of(YEAR, 6, 1), BigDecimal.TEN, "Iets", "Scholing", null),
                "budget.themeNotInPlan");
        assertRefused(EntryForm.income(LocalDate.of(YEAR, 6, 1), BigDecimal.TEN, "Gift", "Loterij"),
                "budget.incomeLineNotInPlan");
        assertRefused(EntryForm.spending(LocalDate.of(2024, 6, 1), BigDecimal.TEN, "Iets", BEWUSTWORDING, null),
                "budget.noAdoptedPlan");
        assertRefused(EntryForm.spending(LocalDate.of(YEAR, 6, 1), new BigDecimal("-5"), "Iets", BEWUSTWORDING, null),
                "budget.amountPositive");
        assertRefused(EntryForm.spending(LocalDate.of(YEAR, 6, 1), new BigDecimal("1.005"), "Iets", BEWUSTWORDING,
                null), "budget.amountCents");
    }

    @Test
    void aThemeNearItsBudgetIsWarnedAndOverItToo() {
        String theme = "Participatie en ondersteuning";
        ThemeRealisation before = theme(theme);
        // Up to 95% of the budget: near it.
        BigDecimal toNear = before.budgeted().multiply(new BigDecimal("0.95")).subtract(before.spent())
                .setScale(2, java.math.RoundingMode.UP).max(new BigDecimal("0.01"));
        if (before.warning() == BudgetWarning.NONE) {
            budget.record(EntryForm.spending(LocalDate.of(YEAR, 9, 1), toNear, "Ondersteuning penvoerder", theme,
                    null), null);
            assertThat(theme(theme).warning()).isEqualTo(BudgetWarning.NEAR);
        }
        BigDecimal over = theme(theme).remaining().add(new BigDecimal("100.00"));
        budget.record(EntryForm.spending(LocalDate.of(YEAR, 10, 1), over.max(new BigDecimal("100.00")),
                "Extra bijeenkomst verpleegkundigen", theme, null), null);
        ThemeRealisation after = theme(theme);
        assertThat(after.warning()).isEqualTo(BudgetWarning.OVER);
        assertThat(after.remaining()).isNegative();
        assertThat(realisation.ofYear(YEAR).orElseThrow().warned()).extracting(ThemeRealisation::theme).contains(theme);
    }

    @Test
    void theChairsReportedUseIsReconciledWithTheSpendingOnTheAssignment() {
        long werkgroep = WerkgroepFixtures.werkgroep(werkgroepen, organisations, "voorzitter1", "vice-budget");
        LocalDate start = LocalDate.of(YEAR, 2, 1);
        long assignment = assignments.draft(new AssignmentForm(werkgroep, "Scholing proactieve zorgplanning",
                "Drie scholingsavonden", BEWUSTWORDING, start, LocalDate.of(YEAR, 11, 30),
                List.of(new Milestone(LocalDate.of(YEAR, 5, 1), "Programma klaar")), new BigDecimal("2500.00"),
                "Voorzitter en twee huisartsen"));
        approvals.approve(assignment, this::loginAs);
        ProcessInstance pi = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(WerkgroepAssignmentProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(assignment)).singleResult();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId())
                .activityId(WerkgroepAssignmentProcess.TIMER_REPORT_DUE).singleResult().getId());
        loginAs("voorzitter1");
        assignments.submitReport(taskService.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(WerkgroepAssignmentProcess.TASK_REPORT).singleResult().getId(),
                new ReportForm(TimelineStatus.ON_TRACK, "Programma staat", null, null, new BigDecimal("1200.00"), false));

        loginAs("coordinator1");
        budget.record(EntryForm.spending(LocalDate.of(YEAR, 4, 10), new BigDecimal("1000.00"), "Sprekers avond 1",
                BEWUSTWORDING, assignment), null);
        assertRefused(EntryForm.spending(LocalDate.of(YEAR, 4, 10), BigDecimal.TEN, "Verkeerd thema", SAMENWERKING,
                assignment), "budget.assignmentOtherTheme");

        AssignmentRealisation row = realisation.ofYear(YEAR).orElseThrow().assignments().stream()
                .filter(a -> a.assignmentId() == assignment).findFirst().orElseThrow();
        assertThat(row.budgeted()).isEqualByComparingTo("2500.00");
        assertThat(row.spent()).isEqualByComparingTo("1000.00");
        assertThat(row.remaining()).isEqualByComparingTo("1500.00");
        assertThat(row.reportedUsed()).isEqualByComparingTo("1200.00");
        assertThat(row.difference()).isEqualByComparingTo("200.00");
        assertThat(row.differs()).isTrue();
        assertThat(realisation.choices(YEAR).assignments()).anyMatch(a -> a.assignmentId() == assignment);
    }

    @Test
    void theXlsxExportReimportsTheSameFigures() {
        budget.record(EntryForm.spending(LocalDate.of(YEAR, 7, 7), new BigDecimal("30.00"),
                "=HYPERLINK(\"http://evil.example\",\"klik\") catering", SAMENWERKING, null), null);
        YearRealisation before = realisation.ofYear(YEAR).orElseThrow();
        List<EntryRow> entries = realisation.entries(YEAR);
        byte[] xlsx = RealisationXlsx.write(before, entries, Map.of(), key -> translations.dutch(key));

        // Imported again: every row is there already, so nothing changes.
        ImportResult again = budget.importXlsx(xlsx);
        assertThat(again.errors()).isEmpty();
        assertThat(again.skipped()).isEqualTo(entries.size());
        assertThat(realisation.ofYear(YEAR).orElseThrow()).isEqualTo(before);

        // Into an empty year: the same figures, and the text that looks like a formula is text.
        entries.forEach(e -> budget.delete(e.id(), e.version()));
        assertThat(realisation.ofYear(YEAR).orElseThrow().spent()).isEqualByComparingTo("0");
        ImportResult result = budget.importXlsx(xlsx);
        assertThat(result.errors()).isEmpty();
        assertThat(result.recorded()).isEqualTo(entries.size());
        assertThat(realisation.ofYear(YEAR).orElseThrow()).isEqualTo(before);
        assertThat(realisation.entries(YEAR)).extracting(EntryRow::description)
                .contains("=HYPERLINK(\"http://evil.example\",\"klik\") catering");
        assertThat(realisation.entries(YEAR)).extracting(EntryRow::form)
                .containsExactlyInAnyOrderElementsOf(entries.stream().map(EntryRow::form).toList());
    }

    @Test
    void onlyCoordinatorsWriteTheBoardReadsAndAConcurrentCorrectionIsReported() {
        long id = budget.record(EntryForm.spending(LocalDate.of(YEAR, 8, 8), new BigDecimal("95.00"),
                "Catering netwerkbijeenkomst", SAMENWERKING, null), null);
        EntryRow row = realisation.entries(YEAR).stream().filter(e -> e.id() == id).findFirst().orElseThrow();

        loginAs("bestuur1");
        assertThat(realisation.ofYear(YEAR)).isPresent();
        assertThat(realisation.entries(YEAR)).extracting(EntryRow::id).contains(id);
        assertThatThrownBy(() -> budget.record(row.form(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> budget.correct(id, row.version(), row.form(), null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> budget.delete(id, row.version())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> budget.importXlsx(new byte[0])).isInstanceOf(AccessDeniedException.class);

        loginAs("coordinator1");
        EntryForm corrected = EntryForm.spending(row.date(), new BigDecimal("105.00"), row.description(),
                SAMENWERKING, null);
        long newVersion = budget.correct(id, row.version(), corrected, null);
        loginAs("coordinator2");
        assertThatThrownBy(() -> budget.correct(id, row.version(), row.form(), null))
                .isInstanceOf(DomainException.class).hasMessageContaining("budget.concurrentEdit")
                .hasMessageContaining("coordinator1");
        assertThatThrownBy(() -> budget.delete(id, row.version())).hasMessageContaining("budget.concurrentEdit");
        assertThat(realisation.entries(YEAR).stream().filter(e -> e.id() == id).findFirst().orElseThrow().amount())
                .isEqualByComparingTo("105.00");
        budget.delete(id, newVersion);
        assertThat(realisation.entries(YEAR)).extracting(EntryRow::id).doesNotContain(id);
    }

    @Test
    void anotherNetworkSeesNoneOfTwentesFiguresAndCannotTouchItsEntries() {
        long id = budget.record(EntryForm.spending(LocalDate.of(YEAR, 8, 9), new BigDecimal("45.00"),
                "Alleen van Twente", SAMENWERKING, null), null);
        long version = realisation.entries(YEAR).stream().filter(e -> e.id() == id).findFirst().orElseThrow().version();

        loginAs("coordinatorutrecht");
        CurrentNetwork.run("utrecht", () -> {
            assertThat(realisation.ofYear(YEAR)).isEmpty();
            assertThat(realisation.entries(YEAR)).isEmpty();
            assertThat(realisation.choices(YEAR).themes()).isEmpty();
            assertThatThrownBy(() -> budget.correct(id, version, EntryForm.spending(LocalDate.of(YEAR, 8, 9),
                    BigDecimal.ONE, "Van Utrecht", SAMENWERKING, null), null)).hasMessageContaining("budget.entryNotFound");
            assertThatThrownBy(() -> budget.delete(id, version)).hasMessageContaining("budget.entryNotFound");
            assertRefused(EntryForm.spending(LocalDate.of(YEAR, 8, 9), BigDecimal.ONE, "Van Utrecht", SAMENWERKING,
                    null), "budget.noAdoptedPlan");
        });
        loginAs("coordinator1");
        assertThat(realisation.entries(YEAR)).extracting(EntryRow::id).contains(id);
    }

    private void assertRefused(EntryForm form, String key) {
        assertThatThrownBy(() -> budget.record(form, null)).isInstanceOf(DomainException.class)
                .hasMessageContaining(key);
    }

    private ThemeRealisation theme(String name) {
        return realisation.ofYear(YEAR).orElseThrow().themes().stream().filter(t -> t.theme().equals(name))
                .findFirst().orElseThrow();
    }

    private IncomeRealisation income(String label) {
        return realisation.ofYear(YEAR).orElseThrow().income().stream().filter(i -> label.equals(i.label()))
                .findFirst().orElseThrow();
    }
}
