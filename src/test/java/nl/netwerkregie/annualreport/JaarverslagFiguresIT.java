package nl.netwerkregie.annualreport;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionMode;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.board.VotingService;
import nl.netwerkregie.membership.ContributionService;
import nl.netwerkregie.membership.MembersOfTheYear;
import nl.netwerkregie.membership.MembershipSteps;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The jaarverslag's figures on a real database (H2 and PostgreSQL): the year's members from the dated status
 * history, the board's decisions of the year with their outcome, the contributions, and the figures as they
 * are kept at submission (JSON) reading back the same.
 */
@Tag("persistence")
class JaarverslagFiguresIT extends IntegrationTest {

    /** A year no other test dates a status change in. */
    private static final int YEAR = 2070;

    @Autowired MembersOfTheYear members;
    @Autowired OrganisationService organisations;
    @Autowired MembershipSteps membership;
    @Autowired ContributionService contributions;
    @Autowired BoardDecisionService board;
    @Autowired VotingService voting;
    @Autowired TaskService taskService;
    @Autowired YearCompiler compiler;
    @Autowired FiguresJson json;
    @Autowired TranslationProvider translations;
    @Autowired nl.netwerkregie.evaluation.YearlyEvaluationService evaluations;
    @Autowired nl.netwerkregie.budget.AdoptedTwente2025 adoptedPlan;
    @Autowired nl.netwerkregie.budget.BudgetService budget;
    @Autowired nl.netwerkregie.budget.BudgetRealisationQueries realisation;
    @Autowired nl.netwerkregie.evaluation.YearlyEvaluationQueries evaluationQueries;
    @Autowired nl.netwerkregie.selfevaluation.SelfEvaluationInvitations selfEvaluationInvitations;
    @Autowired nl.netwerkregie.selfevaluation.SelfEvaluationService selfEvaluations;
    @Autowired nl.netwerkregie.selfevaluation.SelfEvaluationQueries selfEvaluationQueries;

    private long register(String name, OrganisationStatus status) {
        loginAs("coordinator1");
        return organisations.register(new OrganisationDetails(name + " " + System.nanoTime(), OrganisationKind.VVT,
                "Hengelo", new BigDecimal("30"), 40, false, "Bea Bestuurder", "bea@example.org",
                List.of(new OrganisationDetails.Contact("Carla Contact", "carla@example.org", null, null))),
                status, "Geregistreerd");
    }

    @Test
    void theYearsMembersComeFromTheDatedHistory() {
        long leaving = register("Zorggroep Vertrek", OrganisationStatus.MEMBER);
        long joining = register("Hospice Nieuw", OrganisationStatus.APPLICANT);
        loginAs("coordinator1");
        MembersOfTheYear.Year before = members.of(YEAR);

        membership.changeStatus(joining, OrganisationStatus.TRIAL_MEMBER, LocalDate.of(YEAR, 3, 1), "Toegelaten", "test");
        membership.changeStatus(joining, OrganisationStatus.MEMBER, LocalDate.of(YEAR, 12, 1), "Proefjaar goed", "test");
        // The membership ends on 31 December: the status changes the day after, and the last day is still a member's.
        membership.changeStatus(leaving, OrganisationStatus.FORMER_MEMBER, LocalDate.of(YEAR + 1, 1, 1), "Opgezegd", "test");

        MembersOfTheYear.Year after = members.of(YEAR);
        assertThat(after.membersAtStart()).isEqualTo(before.membersAtStart());
        assertThat(after.membersAtEnd()).as("the one admitted is a member on 31 December, the one leaving still is")
                .isEqualTo(before.membersAtEnd() + 1);
        assertThat(after.changes()).filteredOn(c -> c.organisationId() == joining)
                .extracting(MembersOfTheYear.Change::kind, MembersOfTheYear.Change::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MembersOfTheYear.Kind.ADMITTED, LocalDate.of(YEAR, 3, 1)),
                        org.assertj.core.groups.Tuple.tuple(MembersOfTheYear.Kind.TRIAL_COMPLETED, LocalDate.of(YEAR, 12, 1)));
        assertThat(after.changes()).filteredOn(c -> c.organisationId() == leaving)
                .extracting(MembersOfTheYear.Change::kind, MembersOfTheYear.Change::date, MembersOfTheYear.Change::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MembersOfTheYear.Kind.ENDED,
                        LocalDate.of(YEAR, 12, 31), "Opgezegd"));
        assertThat(members.of(YEAR + 1).membersAtStart()).isEqualTo(after.membersAtEnd() - 1);
    }

    @Test
    void theYearsDecisionsAndContributionsAreCompiledAndKeptAsSubmitted() {
        int thisYear = LocalDate.now().getYear();
        long paying = register("Thuiszorg Betaalt", OrganisationStatus.MEMBER);
        loginAs("coordinator1");
        contributions.recordPayment(paying, thisYear, new BigDecimal("125.00"), LocalDate.now());
        String subject = "Scholingsbudget " + System.nanoTime();
        long decision = board.putToBoard(subject, "Stemt het bestuur in?", "Voorstel: ja.", DecisionMode.ONLINE, null);
        for (int m = 1; m <= 5; m++) {
            String member = "bestuur" + m;
            loginAs(member);
            String task = taskService.createTaskQuery().processDefinitionKey("BoardDecisionProcess")
                    .processInstanceBusinessKey(String.valueOf(decision))
                    .taskAssignee(member).singleResult().getId();
            voting.castVote(decision, task, VoteChoice.YES, null);
        }
        asyncJobs.runAll();

        loginAs("coordinator1");
        YearFigures figures = compiler.compile(thisYear);
        assertThat(figures.decisions()).filteredOn(d -> d.subject().equals(subject))
                .extracting(YearFigures.Decision::outcome, YearFigures.Decision::yes, YearFigures.Decision::no)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ADOPTED", 5, 0));
        BigDecimal received = contributions.year(thisYear).stream().map(l -> l.paid()).filter(p -> p != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(figures.finances().contributionsReceived()).isEqualByComparingTo(received)
                .isGreaterThanOrEqualTo(new BigDecimal("125.00"));
        assertThat(figures.networkName()).isEqualTo("Netwerken Palliatieve Zorg Twente");

        // The year's evaluation of the cooperation, where it stands (one started by hand when there is none).
        if (evaluationQueries.all().stream().noneMatch(e -> e.year() == thisYear)) {
            evaluations.startByHand();
            figures = compiler.compile(thisYear);
        }
        assertThat(figures.evaluations()).filteredOn(e -> e.kind().equals("COOPERATION"))
                .hasSize((int) evaluationQueries.all().stream().filter(e -> e.year() == thisYear).count())
                .allSatisfy(e -> assertThat(e.subject()).startsWith("Vragenlijst aan de leden en het bestuur: "));

        // A member's self-evaluation submitted this year: listed with the organisation and the day, not its scores.
        loginAs("coordinator1");
        long hospice = nl.netwerkregie.myorganisation.MyOrganisationFixtures.member(organisations, "contact1");
        long selfEvaluation = selfEvaluationInvitations.invite(hospice);
        loginAs("contact1");
        String fillIn = taskService.createTaskQuery().processInstanceBusinessKey(String.valueOf(selfEvaluation))
                .taskDefinitionKey("Task_FillIn").singleResult().getId();
        selfEvaluations.submit(fillIn, nl.netwerkregie.selfevaluation.SelfEvaluationFixtures.all(
                selfEvaluationQueries.result(selfEvaluation), 2));
        loginAs("coordinator1");
        figures = compiler.compile(thisYear);
        String hospiceName = organisations.get(hospice).getName();
        assertThat(figures.evaluations()).filteredOn(e -> e.kind().equals("SELF") && e.subject().equals(hospiceName))
                .singleElement().satisfies(e -> {
                    assertThat(e.date()).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")));
                    assertThat(e.summary()).startsWith("Ingevuld door de organisatie").doesNotContain("2,0", "2.0");
                });
        assertThat(new ReportTables(translations, TranslationProvider.DUTCH).of(Section.EVALUATIONS, figures).get(0)
                .rows()).anySatisfy(row -> assertThat(row).contains("Zelfevaluatie", hospiceName));

        // Kept at submission as JSON: read back, the same figures.
        assertThat(json.read(json.write(figures))).isEqualTo(figures);

        // On the page and in the PDF alike: Dutch dates and amounts.
        ReportTables tables = new ReportTables(translations, TranslationProvider.DUTCH);
        List<List<String>> decisionRows = tables.of(Section.DECISIONS, figures).get(0).rows();
        assertThat(decisionRows).anySatisfy(row -> assertThat(row).containsSubsequence(subject, "Aangenomen", "5 / 0 / 0"));
        assertThat(tables.of(Section.FINANCES, figures).get(0).rows().get(0).get(2).replace('\u00A0', ' '))
                .startsWith("€ ").contains(",");
        assertThat(new ReportTables(translations, Locale.ENGLISH).of(Section.DECISIONS, figures).get(0).headers())
                .contains("Votes (for / against / abstain)");
    }

    /** The jaarplan section: the adopted plan's themes, begroot as the begroting says, besteed as recorded. */
    @Test
    void theAdoptedPlansThemesShowWhatWasBudgetedAndSpent() {
        adoptedPlan.plan(this::loginAs);
        loginAs("coordinator1");
        budget.record(nl.netwerkregie.budget.EntryForm.spending(LocalDate.of(2025, 9, 1), new BigDecimal("321.45"),
                "Drukwerk jaarverslag", "Bewustwording", null), null);
        YearFigures.Plan plan = compiler.compile(2025).plan();
        assertThat(plan).isNotNull();
        nl.netwerkregie.budget.YearRealisation recorded = realisation.ofYear(2025).orElseThrow();
        assertThat(plan.themes()).extracting(YearFigures.Theme::name).containsExactly("Bewustwording",
                "Coördinatie en continuïteit van zorg", "Samenwerking", "Participatie en ondersteuning");
        for (YearFigures.Theme theme : plan.themes()) {
            var same = recorded.themes().stream().filter(t -> t.theme().equals(theme.name())).findFirst().orElseThrow();
            assertThat(theme.budgeted()).isEqualByComparingTo(same.budgeted());
            assertThat(theme.spent()).isEqualByComparingTo(same.spent());
        }
        assertThat(plan.totalBudgeted()).isEqualByComparingTo("138800.00");
        assertThat(plan.totalSpent()).isEqualByComparingTo(recorded.spent()).isGreaterThanOrEqualTo(new BigDecimal("321.45"));
        List<List<String>> rows = new ReportTables(translations, TranslationProvider.DUTCH)
                .of(Section.JAARPLAN, compiler.compile(2025)).get(0).rows();
        assertThat(rows.get(rows.size() - 1).get(1).replace('\u00A0', ' ')).isEqualTo("€ 138.800,00");
    }
}
