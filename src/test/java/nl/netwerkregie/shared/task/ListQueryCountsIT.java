package nl.netwerkregie.shared.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.Statements;
import nl.netwerkregie.network.CurrentNetwork;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A page of a list costs the same number of SQL statements with 10 cases as with 1,000 (issue 15): the count is
 * taken on the real data source (datasource-proxy), the engine's statements and ours. Cases of every process with
 * a coordinators' task, each waiting there. On H2 and PostgreSQL.
 */
@Tag("persistence")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListQueryCountsIT extends IntegrationTest {

    private static final String NETWORK = "twente";
    private static final int PAGE = 50;

    @Autowired RuntimeService runtime;
    @Autowired CaseOverviewService overview;
    @Autowired TaskListService tasks;
    @Autowired nl.netwerkregie.board.BoardDecisionService board;
    @Autowired nl.netwerkregie.membership.OrganisationService organisations;
    @Autowired nl.netwerkregie.membership.ContributionService contributions;
    @Autowired nl.netwerkregie.workinggroup.AssignmentQueries assignments;
    @Autowired NewTasks newTasks;
    @Autowired nl.netwerkregie.membership.MemberListService memberList;
    @Autowired TeamTasksService team;
    @Autowired javax.sql.DataSource dataSource;

    private final List<String> started = new ArrayList<>();
    private final List<Long> insertedAssignments = new ArrayList<>();

    @AfterAll
    void removeTheCases() {
        started.forEach(id -> runtime.deleteProcessInstance(id, "test over", true, true));
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        jdbc.update("delete from board_decision_member where decision_id in "
                + "(select id from board_decision where case_type = 'COUNT_TEST')");
        jdbc.update("delete from board_decision where case_type = 'COUNT_TEST'");
        jdbc.update("delete from status_change where organisation_id in "
                + "(select id from organisation where municipality = 'Teldorp')");
        jdbc.update("delete from contact_person where organisation_id in "
                + "(select id from organisation where municipality = 'Teldorp')");
        jdbc.update("delete from organisation where municipality = 'Teldorp'");
        jdbc.update("delete from werkgroep_milestone where version_id in "
                + "(select id from werkgroep_assignment_version where doel = 'Telopdracht')");
        jdbc.update("delete from werkgroep_assignment_version where doel = 'Telopdracht'");
        insertedAssignments.forEach(id -> jdbc.update("delete from werkgroep_assignment where id = ?", id));
    }

    @Test
    void opdrachtenCostTheSameWith10AsWith1000Assignments() {
        loginAs("coordinator1");
        insertAssignments(10);
        Statements.Counted<?> few = Statements.count(() -> assignments.visible());
        insertAssignments(1_000);
        Statements.Counted<List<nl.netwerkregie.workinggroup.AssignmentOverview>> many =
                Statements.count(() -> assignments.visible());

        System.out.printf("QUERIES Opdrachten: %d statements with 10 more assignments, %d with 1,010%n", few.size(),
                many.size());
        assertThat(many.result()).hasSizeGreaterThanOrEqualTo(1_010)
                .filteredOn(a -> a.doel().equals("Telopdracht")).allSatisfy(a -> {
                    assertThat(a.nextReportDue()).isNotNull();
                    assertThat(a.werkgroepName()).isNotBlank();
                });
        assertThat(many.size()).as("with 1,010 more: %s\nwith 10: %s", many, few).isLessThanOrEqualTo(few.size());
    }

    /** Running assignments of a werkgroep of Twente, each with one version and a milestone, straight into the tables. */
    private void insertAssignments(int n) {
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        long werkgroep = jdbc.queryForObject("select min(id) from werkgroep where network_id = ?", Long.class, NETWORK);
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        java.sql.Date start = java.sql.Date.valueOf(java.time.LocalDate.now().minusMonths(2));
        java.sql.Date end = java.sql.Date.valueOf(java.time.LocalDate.now().plusYears(1));
        for (int i = 0; i < n; i++) {
            long assignment = insert(jdbc, "insert into werkgroep_assignment (werkgroep_id, status, created_at, version, "
                    + "network_id) values (?, 'ACTIVE', ?, 0, ?)", werkgroep, now, NETWORK);
            insertedAssignments.add(assignment);
            long version = insert(jdbc, "insert into werkgroep_assignment_version (assignment_id, number, doel, "
                    + "gewenst_resultaat, start_date, end_date, submitted_by, submitted_at, network_id) "
                    + "values (?, 1, 'Telopdracht', 'Resultaat', ?, ?, 'coordinator1', ?, ?)",
                    assignment, start, end, now, NETWORK);
            jdbc.update("insert into werkgroep_milestone (version_id, position, due_date, description) values (?, 0, ?, ?)",
                    version, java.sql.Date.valueOf(java.time.LocalDate.now().plusMonths(3)), "Mijlpaal");
        }
    }

    private static long insert(org.springframework.jdbc.core.JdbcTemplate jdbc, String sql, Object... values) {
        return nl.netwerkregie.Rows.insert(jdbc, sql, values);
    }


    @Test
    void organisatiesCostTheSameWith10AsWith1000Organisations() {
        loginAs("coordinator1");
        insertOrganisations(10);
        var firstPage = org.springframework.data.domain.PageRequest.of(0, PAGE);
        int year = java.time.LocalDate.now().getYear();
        var unseated = new nl.netwerkregie.membership.MemberListFilter(null, null, true);
        Statements.Counted<?> few = Statements.count(() -> organisations.page(null, null, firstPage, year));
        int ledenFew = Statements.count(() -> memberList.page(nl.netwerkregie.membership.MemberListFilter.ALL,
                firstPage)).size();
        int unseatedFew = Statements.count(() -> memberList.page(unseated, firstPage)).size();
        insertOrganisations(1_000);
        Statements.Counted<List<nl.netwerkregie.membership.OrganisationListRow>> many =
                Statements.count(() -> organisations.page(null, null, firstPage, year));
        Statements.Counted<List<nl.netwerkregie.membership.MemberListEntry>> leden = Statements.count(
                () -> memberList.page(nl.netwerkregie.membership.MemberListFilter.ALL, firstPage));
        Statements.Counted<List<nl.netwerkregie.membership.MemberListEntry>> unseatedMany =
                Statements.count(() -> memberList.page(unseated, firstPage));
        System.out.printf("QUERIES Ledenlijst page of %d: %d statements with 10 more organisations, %d with 1,010; "
                + "without werkgroep %d and %d%n", PAGE, ledenFew, leden.size(), unseatedFew, unseatedMany.size());
        assertThat(leden.result()).hasSize(PAGE);
        assertThat(leden.size()).as("Ledenlijst: %s", leden).isLessThanOrEqualTo(ledenFew);
        assertThat(unseatedMany.result()).hasSize(PAGE).allSatisfy(e -> assertThat(e.missesWerkgroep()).isTrue());
        assertThat(unseatedMany.size()).as("Ledenlijst without werkgroep: %s", unseatedMany)
                .isLessThanOrEqualTo(unseatedFew);

        int contributionsFew = Statements.count(() -> contributions.year(year)).size();
        insertOrganisations(1_000);
        Statements.Counted<List<nl.netwerkregie.membership.ContributionLine>> lines =
                Statements.count(() -> contributions.year(year));
        System.out.printf("QUERIES Contributie: %d statements with 1,010 more organisations, %d with 2,010%n",
                contributionsFew, lines.size());
        assertThat(lines.result()).filteredOn(l -> l.organisationName().startsWith("Aaa Telorganisatie"))
                .hasSize(2_010).allSatisfy(l -> assertThat(l.due()).isPositive());
        assertThat(lines.size()).as("Contributie: %s", lines).isLessThanOrEqualTo(contributionsFew);

        System.out.printf("QUERIES Organisaties page of %d: %d statements with 10 more organisations, %d with 1,010%n",
                PAGE, few.size(), many.size());
        assertThat(many.result()).hasSize(PAGE);
        assertThat(many.size()).as("with 1,010 more: %s\nwith 10: %s", many, few).isLessThanOrEqualTo(few.size());
    }

    /** Members of Twente, each with two contact persons, straight into the tables. */
    private void insertOrganisations(int n) {
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        for (int i = 0; i < n; i++) {
            long id = insert(jdbc, """
                    insert into organisation (name, kind, municipality, fte, employees_or_members,
                    volunteer_organisation, bestuurder_name, bestuurder_email, status, status_since, created_at,
                    version, network_id)
                    values (?, 'HOSPICE', 'Teldorp', 10, 20, false, 'B', 'b@example.org', 'MEMBER', ?, ?, 0, ?)""",
                    "Aaa Telorganisatie " + System.nanoTime(), java.sql.Date.valueOf(java.time.LocalDate.now()), now,
                    NETWORK);
            jdbc.update("insert into status_change (organisation_id, status, effective_date, changed_by, recorded_at, "
                    + "network_id) values (?, 'MEMBER', ?, 'coordinator1', ?, ?)", id,
                    java.sql.Date.valueOf(java.time.LocalDate.now().withDayOfYear(1)), now, NETWORK);
            for (int p = 0; p < 2; p++) {
                jdbc.update("insert into contact_person (organisation_id, position, name, email) values (?, ?, ?, ?)",
                        id, p, "Contact " + p, "c" + p + "@example.org");
            }
        }
    }

    @Test
    void mijnTakenCostsTheSameWith10AsWith1000Tasks() {
        loginAs("coordinator1");
        startCases(10);
        TaskFilter searching = new TaskFilter("telling", null, TaskFilter.Order.DUE, false);
        Statements.Counted<List<TaskRow>> few = Statements.count(() -> tasks.myTasks(TaskFilter.ALL, 0, PAGE));
        int searchFew = Statements.count(() -> tasks.myTasks(searching, 0, PAGE)).size();
        int headerFew = Statements.count(newTasks::count).size();
        int teamFew = Statements.count(() -> team.coordinatorTasks(TeamTasksService.BY_DUE, 0, PAGE)).size();
        startCases(1_000);
        Statements.Counted<List<TaskRow>> many = Statements.count(() -> tasks.myTasks(TaskFilter.ALL, 0, PAGE));
        int searchMany = Statements.count(() -> tasks.myTasks(searching, 0, PAGE)).size();
        Statements.Counted<Integer> header = Statements.count(newTasks::count);
        Statements.Counted<List<TeamTask>> teamPage =
                Statements.count(() -> team.coordinatorTasks(TeamTasksService.BY_DUE, 0, PAGE));

        System.out.printf("QUERIES Mijn taken page of %d (coordinator1): %d statements with 10 more cases, %d with "
                + "1,010; a search %d and %d%n", PAGE, few.size(), many.size(), searchFew, searchMany);
        assertThat(many.result()).hasSize(PAGE).allSatisfy(t -> assertThat(t.caseSummary()).isNotNull());
        assertThat(many.size()).as("with 1,010 more: %s\nwith 10: %s", many, few).isLessThanOrEqualTo(few.size());
        assertThat(searchMany).isLessThanOrEqualTo(searchFew);
        System.out.printf("QUERIES the header's new-task count: %d statements with 10 more cases, %d with 1,010%n",
                headerFew, header.size());
        assertThat(header.size()).as("the header's count reads no more with more tasks: %s", header)
                .isLessThanOrEqualTo(headerFew);
        assertThat(header.result()).as("1,010 new cases, counted up to the cap").isEqualTo(NewTasks.NEWEST);
        System.out.printf("QUERIES Taken van het team page of %d: %d statements with 10 more cases, %d with 1,010%n",
                PAGE, teamFew, teamPage.size());
        assertThat(teamPage.result()).hasSize(PAGE).allSatisfy(t -> assertThat(t.caseSummary()).isNotNull());
        assertThat(teamPage.size()).as("the team view's page with 1,010 more: %s", teamPage)
                .isLessThanOrEqualTo(teamFew);
    }

    @Test
    void theBesluitenlijstCostsTheSameWith10AsWith1000Decisions() {
        loginAs("bestuur1");
        insertDecisions(10);
        var firstPage = org.springframework.data.domain.PageRequest.of(0, PAGE);
        Statements.Counted<?> few = Statements.count(() -> board.page(firstPage));
        insertDecisions(1_000);
        Statements.Counted<List<nl.netwerkregie.board.BoardDecision>> many = Statements.count(() -> board.page(firstPage));

        System.out.printf("QUERIES Besluitenlijst page of %d: %d statements with 10 decisions, %d with 1,010%n", PAGE,
                few.size(), many.size());
        assertThat(many.result()).hasSize(PAGE);
        assertThat(many.result()).allSatisfy(d -> assertThat(d.getVotingMembers()).hasSize(8));
        assertThat(many.size()).as("with 1,010 decisions: %s\nwith 10: %s", many, few).isLessThanOrEqualTo(few.size());
    }

    /** Closed decisions of Twente, each with eight voting members, straight into the tables: fast, and real rows. */
    private void insertDecisions(int n) {
        var jdbc = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        java.sql.Timestamp now = java.sql.Timestamp.from(java.time.Instant.now());
        for (int i = 0; i < n; i++) {
            long id = insert(jdbc, """
                    insert into board_decision (case_type, case_id, subject, question, proposal, mode, deadline,
                    status, outcome, yes_count, no_count, abstain_count, recused_count, prepared_by, prepared_at,
                    closed_at, version, network_id)
                    values ('COUNT_TEST', ?, ?, 'Akkoord?', 'Voorstel', 'ONLINE', ?, 'CLOSED', 'ADOPTED',
                    5, 1, 1, 1, 'coordinator1', ?, ?, 0, ?)""", String.valueOf(i), "Telbesluit " + i, now, now, now,
                    NETWORK);
            for (int m = 0; m < 8; m++) {
                jdbc.update("insert into board_decision_member (decision_id, position, member_id) values (?, ?, ?)",
                        id, m, "bestuur" + (m + 1));
            }
        }
    }

    @Test
    void lopendeZakenCostsTheSameWith10AsWith1000Cases() {
        loginAs("coordinator1");
        startCases(10);
        Statements.Counted<List<OpenCase>> few = Statements.count(() -> overview.openCases(null, true, 0, PAGE));
        startCases(1_000);
        Statements.Counted<List<OpenCase>> many = Statements.count(() -> overview.openCases(null, true, 0, PAGE));

        System.out.printf("QUERIES Lopende zaken page of %d: %d statements with 10 cases, %d with 1,010%n", PAGE,
                few.size(), many.size());
        assertThat(many.result()).hasSize(PAGE);
        assertThat(many.result()).allSatisfy(c -> assertThat(c.steps()).isNotEmpty());
        assertThat(many.size()).as("with 1,000 cases: %s\nwith 10: %s", many, few).isLessThanOrEqualTo(few.size());
        assertThat(many.size()).as("a fixed handful: %s", many).isLessThanOrEqualTo(15);
    }

    /** n cases, spread over the processes, each waiting at its first coordinators' task. */
    private void startCases(int n) {
        List<String[]> waits = nl.netwerkregie.CoordinatorSteps.firstOfEachProcess().stream()
                .map(step -> new String[] {step.processKey(), step.taskId()}).toList();
        for (int i = 0; i < n; i++) {
            String[] wait = waits.get(i % waits.size());
            String key = String.valueOf(900_000_000L + started.size());
            ProcessInstance pi = CurrentNetwork.as(NETWORK, () -> runtime.createProcessInstanceByKey(wait[0])
                    .businessKey(key).startBeforeActivity(wait[1]).execute(false, true));
            started.add(pi.getId());
        }
    }
}
