package nl.netwerkregie.faults.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.DecisionMode;
import nl.netwerkregie.board.VoteChoice;
import nl.netwerkregie.board.VotingService;
import nl.netwerkregie.board.process.BoardDecisionProcess;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.task.TaskFilter;
import nl.netwerkregie.shared.task.TaskListService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What the two-node test asks one node to do (issue 19, item 4 and 5), by a file {@code <node>.cmd.<n>} in the
 * journal's folder; the answer goes to {@code <node>.cmd.<n>.done} ("ERROR ..." when it failed). Commands:
 * {@code INFO} (the job executor's lock owner), {@code DECIDE seconds} (coordinator1 puts a matter to the board,
 * voting closing after that many seconds, 0 for no deadline; answers the decision's id), {@code VOTE decision member}
 * (that member's yes vote), {@code TASKS user role} (the ids of the user's Mijn taken), {@code SLOW n millis} (n
 * instances of a test process whose one async step takes that long), {@code LOAD users seconds thinkMillis tag first} (the
 * mixed load of {@link UserLoad} from the first-th demo user on, its samples in {@code <node>.load.<tag>}), {@code SETUP} (what the load's reports
 * need, made once before it). Runs beside the load driver and is not
 * paused by its pause file. Test code, in the driver's package beside the application.
 */
@Component
@ConditionalOnProperty(name = "netwerkregie.faults.driver", havingValue = "true")
class NodeCommands {

    private static final Logger LOG = LoggerFactory.getLogger(NodeCommands.class);
    static final String SLOW_PROCESS = "FaultsSlowJob";
    private final ProcessEngine engine;
    private final ApplicationContext context;
    private final Path dir;
    private final String node;
    private final Journal journal;

    NodeCommands(ProcessEngine engine, ApplicationContext context,
            @Value("${netwerkregie.faults.journal}") Path journal, @Value("${netwerkregie.faults.node:node}") String node) {
        this.engine = engine;
        this.context = context;
        this.dir = journal.toAbsolutePath().getParent();
        this.node = node;
        this.journal = new Journal(journal, node);
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        Thread thread = new Thread(this::loop, "faults-commands");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (true) {
            try (Stream<Path> files = Files.list(dir)) {
                List<Path> asked = files.filter(f -> f.getFileName().toString().matches(node + "\\.cmd\\.\\d+"))
                        .filter(f -> !Files.exists(Path.of(f + ".taken"))).sorted().toList();
                for (Path file : asked) {
                    String command = Files.readString(file, StandardCharsets.UTF_8).strip();
                    // Each command in a thread of its own: a LOAD takes a while, and the test may ask more meanwhile.
                    Thread worker = new Thread(() -> answer(file, command), "faults-command-" + file.getFileName());
                    worker.setDaemon(true);
                    Files.writeString(Path.of(file + ".taken"), command);
                    worker.start();
                }
                Thread.sleep(100);
            } catch (IOException e) {
                LOG.warn("fault commands: {}", e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void answer(Path file, String command) {
        String answer;
        try {
            answer = run(command.split(" "));
        } catch (RuntimeException e) {
            answer = "ERROR " + e.getClass().getSimpleName() + " " + e.getMessage();
            LOG.warn("fault command {} failed", command, e);
        }
        try {
            Path tmp = Path.of(file + ".tmp");
            Files.writeString(tmp, answer, StandardCharsets.UTF_8);
            Files.move(tmp, Path.of(file + ".done"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String run(String[] c) {
        return switch (c[0]) {
            case "INFO" -> ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor()
                    .getLockOwner();
            case "DECIDE" -> String.valueOf(decide(Long.parseLong(c[1])));
            case "VOTE" -> vote(Long.parseLong(c[1]), c[2]);
            case "TASKS" -> As.user(c[1], Role.valueOf(c[2]), () -> context.getBean(TaskListService.class)
                    .myTasks(TaskFilter.ALL, 0, 500)).stream().map(row -> row.id()).sorted().toList().toString();
            case "SLOW" -> slowJobs(Integer.parseInt(c[1]), Long.parseLong(c[2]));
            case "SETUP" -> setUp();
            case "LOAD" -> new UserLoad(context, engine, journal).run(Integer.parseInt(c[1]), Integer.parseInt(c[2]),
                    Integer.parseInt(c[3]), dir.resolve(node + ".load." + c[4]), c.length > 5 ? Integer.parseInt(c[5]) : 0);
            default -> throw new IllegalArgumentException("unknown command " + c[0]);
        };
    }

    /** The werkgroep, its seats and the assignment of the load's reports, made once before the load, in one thread. */
    private String setUp() {
        UserLoad load = new UserLoad(context, engine, journal);
        int steps = 0;
        while (steps < 10 && load.reportStep()) {
            steps++;
        }
        return steps + " steps";
    }

    private long decide(long seconds) {
        Instant deadline = seconds > 0 ? Instant.now().plusSeconds(seconds) : null;
        String subject = "Twee-nodes-" + UUID.randomUUID().toString().substring(0, 8);
        journal.begin(VoteWork.DECISION, subject);
        long id = As.user("coordinator1", Role.COORDINATOR, () -> context.getBean(BoardDecisionService.class)
                .putToBoard(subject, "Stemt het bestuur in?", "Voorstel: ja.", DecisionMode.ONLINE, deadline));
        journal.ok(VoteWork.DECISION, subject);
        return id;
    }

    private String vote(long decision, String member) {
        Task task = engine.getTaskService().createTaskQuery().processDefinitionKey(BoardDecisionProcess.PROCESS_ID)
                .processInstanceBusinessKey(String.valueOf(decision)).taskDefinitionKey(BoardDecisionProcess.TASK_VOTE)
                .taskAssignee(member).singleResult();
        if (task == null) {
            throw new IllegalStateException(member + " has no vote task on decision " + decision);
        }
        String key = decision + ":" + member;
        journal.begin(VoteWork.VOTE, key);
        As.run(member, Role.BOARD_MEMBER, () -> context.getBean(VotingService.class).castVote(decision, task.getId(),
                VoteChoice.YES, null));
        journal.ok(VoteWork.VOTE, key);
        return "OK " + task.getId();
    }

    /** Deploys the test's slow process (once) and starts n instances; answers their ids. */
    private String slowJobs(int n, long millis) {
        BpmnModelInstance model = Bpmn.createExecutableProcess(SLOW_PROCESS).camundaHistoryTimeToLive(1).startEvent()
                .serviceTask("SlowStep").camundaAsyncBefore().camundaDelegateExpression("${faultsSlowStep}")
                .endEvent().done();
        engine.getRepositoryService().createDeployment().name("faults-slow").enableDuplicateFiltering(true)
                .addModelInstance(SLOW_PROCESS + ".bpmn", model).deploy();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add(engine.getRuntimeService().startProcessInstanceByKey(SLOW_PROCESS, "slow-" + i,
                    Map.of("millis", millis)).getId());
        }
        return String.join(",", ids);
    }
}
