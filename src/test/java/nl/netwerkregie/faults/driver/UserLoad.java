package nl.netwerkregie.faults.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import nl.netwerkregie.admission.AdmissionService;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.board.VotingService;
import nl.netwerkregie.board.process.BoardDecisionProcess;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationListRow;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.task.TaskFilter;
import nl.netwerkregie.shared.task.TaskListService;
import nl.netwerkregie.workinggroup.AssignmentQueries;
import nl.netwerkregie.workinggroup.AssignmentService;
import nl.netwerkregie.workinggroup.WerkgroepService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * The mixed load of the load and two-node tests (issue 19, items 4 and 5): {@code users} threads, each a demo user
 * (the board members, the coordinators, the secretary, the werkgroep chairs in turn), for {@code seconds}, each step
 * chosen at random: Mijn taken (the first page of 50, as the view asks it), an organisation page (Organisaties' first
 * page of 50 and one organisation with its history), a vote (a board member's own open vote, else coordinator1 puts a
 * matter to the board), a progress report or its review ({@link ReportWork}) and an application or its intake
 * ({@link IntakeWork}). The steps go through the application's services in the node's JVM, as a click would; what
 * the browser and Vaadin's rendering add is not in the figures. Each step's time and outcome goes to the samples
 * file ({@code action millis ok|ErrorClass}), the writing steps to the journal.
 */
final class UserLoad {

    private static final String[] USERS = {"bestuur1", "coordinator1", "bestuur2", "bestuur3", "voorzitter1",
        "bestuur4", "coordinator2", "bestuur5", "bestuur6", "secretaris", "bestuur7", "bestuur8", "voorzitter2"};
    private final ApplicationContext context;
    private final ProcessEngine engine;
    private final Journal journal;
    private final ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
    private final ReportWork reports;
    private final IntakeWork intakes;

    UserLoad(ApplicationContext context, ProcessEngine engine, Journal journal) {
        this.context = context;
        this.engine = engine;
        this.journal = journal;
        this.reports = new ReportWork(engine.getTaskService(), engine.getRuntimeService(),
                context.getBean(AssignmentService.class), context.getBean(AssignmentQueries.class),
                context.getBean(WerkgroepService.class), context.getBean(OrganisationService.class));
        this.intakes = new IntakeWork(engine.getTaskService(), engine.getRuntimeService(),
                context.getBean(AdmissionService.class));
    }

    /**
     * Runs the load and writes the samples; answers how many steps were done and how many failed. The users are the
     * demo users in turn from the {@code first}-th on (so that two nodes sharing a load do not play the same people).
     */
    String run(int users, int seconds, int thinkMillis, Path samplesFile, int first) {
        long end = System.currentTimeMillis() + seconds * 1000L;
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            String user = USERS[(first + i) % USERS.length];
            Random random = new Random(i * 7919L + System.nanoTime());
            Thread thread = new Thread(() -> user(user, random, end, thinkMillis), "faults-user-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        List<String> lines = new ArrayList<>(samples);
        try {
            Files.write(samplesFile, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines.size() + " steps, " + lines.stream().filter(l -> !l.endsWith(" ok")).count() + " failed";
    }

    boolean reportStep() {
        return reports.step(journal);
    }

    private void user(String user, Random random, long end, int thinkMillis) {
        Role role = roleOf(user);
        while (System.currentTimeMillis() < end) {
            int pick = random.nextInt(100);
            if (pick < 35) {
                time("taken", () -> As.user(user, role, () -> context.getBean(TaskListService.class)
                        .myTasks(TaskFilter.ALL, 0, 50).size()));
            } else if (pick < 55) {
                time("organisatie", () -> organisationPage(role == Role.WERKGROEP_CHAIR ? "coordinator1" : user,
                        role == Role.WERKGROEP_CHAIR ? Role.COORDINATOR : role, random));
            } else if (pick < 80) {
                vote(user, role, random);
            } else if (pick < 90) {
                time("rapportage", () -> reports.step(journal));
            } else {
                time("intake", () -> intakes.step(journal));
            }
            if (thinkMillis > 0) {
                sleep(thinkMillis / 2 + random.nextInt(thinkMillis + 1));
            }
        }
    }

    private int organisationPage(String user, Role role, Random random) {
        return As.user(user, role, () -> {
            OrganisationService organisations = context.getBean(OrganisationService.class);
            List<OrganisationListRow> page = organisations.page(null, null, PageRequest.of(0, 50),
                    Year.now().getValue());
            if (page.isEmpty()) {
                return 0;
            }
            Organisation one = organisations.get(page.get(random.nextInt(page.size())).organisation().getId());
            return organisations.history(one.getId()).size();
        });
    }

    /** A board member's own open vote; when they have none, coordinator1 puts a new matter to the board. */
    private void vote(String user, Role role, Random random) {
        List<Task> open = role != Role.BOARD_MEMBER ? List.of() : engine.getTaskService().createTaskQuery()
                .processDefinitionKey(BoardDecisionProcess.PROCESS_ID).taskDefinitionKey(BoardDecisionProcess.TASK_VOTE)
                .taskAssignee(user).listPage(0, 20);
        if (open.isEmpty()) {
            time("voorleggen", () -> {
                String subject = "Last-" + Long.toHexString(random.nextLong());
                journal.begin(VoteWork.DECISION, subject);
                As.user("coordinator1", Role.COORDINATOR, () -> context.getBean(BoardDecisionService.class)
                        .putToBoard(subject, "Stemt het bestuur in?", "Voorstel: ja.",
                                nl.netwerkregie.board.DecisionMode.ONLINE, null));
                journal.ok(VoteWork.DECISION, subject);
                return 1;
            });
            return;
        }
        Task task = open.get(random.nextInt(open.size()));
        time("stem", () -> {
            long decision = Long.parseLong(engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey());
            String key = decision + ":" + user;
            journal.begin(VoteWork.VOTE, key);
            As.run(user, Role.BOARD_MEMBER, () -> context.getBean(VotingService.class).castVote(decision, task.getId(),
                    "bestuur8".equals(user) ? VoteChoice.NO : VoteChoice.YES, null));
            journal.ok(VoteWork.VOTE, key);
            return 1;
        });
    }

    private void time(String action, Supplier<Object> step) {
        long began = System.nanoTime();
        String outcome = "ok";
        try {
            step.get();
        } catch (RuntimeException e) {
            journal.fail(e);
            outcome = e.getClass().getSimpleName() + (e instanceof nl.netwerkregie.shared.DomainException
                    ? ":" + String.valueOf(e.getMessage()).replaceAll("\\s+", "_") : "");
        }
        samples.add(action + " " + (System.nanoTime() - began) / 1_000_000 + " " + outcome);
    }

    private static Role roleOf(String user) {
        if (user.startsWith("bestuur")) {
            return Role.BOARD_MEMBER;
        }
        if (user.startsWith("coordinator")) {
            return Role.COORDINATOR;
        }
        return user.equals("secretaris") ? Role.SECRETARY : Role.WERKGROEP_CHAIR;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
