package nl.netwerkregie.faults.driver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.admission.AdmissionService;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.board.VotingService;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.workinggroup.AssignmentQueries;
import nl.netwerkregie.workinggroup.AssignmentService;
import nl.netwerkregie.workinggroup.WerkgroepService;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The fault tests' load driver, inside the application's own JVM (test code only: the fault harness puts this
 * package beside the application's jar, and only with {@code netwerkregie.faults.driver=true}). Three people work
 * at once, each in a thread of their own, through the application's services with their own roles: the board votes,
 * the coordinator records intakes, the werkgroep chair reports and the coordinator reviews. Each step is written to
 * the {@link Journal}; a step that fails (the database gone, a conflict) is simply tried again, as a person would.
 * It stops by itself after {@code netwerkregie.faults.driver-minutes}.
 */
@Component
@ConditionalOnProperty(name = "netwerkregie.faults.driver", havingValue = "true")
class LoadDriver {

    private static final Logger LOG = LoggerFactory.getLogger(LoadDriver.class);
    private final List<Work> works = new ArrayList<>();
    private final Journal journal;
    private final long stopAt;
    /** While this file beside the journal exists the driver does nothing (the test checks a quiet database). */
    private final Path pause;

    LoadDriver(ProcessEngine engine, VotingService voting, BoardDecisionService board, AdmissionService admissions,
            AssignmentService assignments, AssignmentQueries assignmentQueries, WerkgroepService werkgroepen,
            OrganisationService organisations, @Value("${netwerkregie.faults.journal}") Path journal,
            @Value("${netwerkregie.faults.node:node}") String node,
            @Value("${netwerkregie.faults.driver-minutes:30}") long minutes) {
        works.add(new VoteWork(engine.getTaskService(), engine.getRuntimeService(), voting, board,
                Path.of(journal + ".timer")));
        works.add(new IntakeWork(engine.getTaskService(), engine.getRuntimeService(), admissions));
        works.add(new ReportWork(engine.getTaskService(), engine.getRuntimeService(), assignments, assignmentQueries,
                werkgroepen, organisations));
        this.journal = new Journal(journal, node);
        this.pause = Path.of(journal + ".pause");
        this.stopAt = System.currentTimeMillis() + minutes * 60_000;
    }

    /** After every application runner (the demo's accounts): the node is ready when this is logged. */
    @EventListener(ApplicationReadyEvent.class)
    void start() {
        for (Work work : works) {
            Thread thread = new Thread(() -> loop(work), "faults-" + work.getClass().getSimpleName());
            thread.setDaemon(true);
            thread.start();
        }
        LOG.info("Fault load driver started");
    }

    private void loop(Work work) {
        while (System.currentTimeMillis() < stopAt) {
            if (java.nio.file.Files.exists(pause)) {
                pause(200);
                continue;
            }
            boolean did;
            try {
                did = work.step(journal);
            } catch (RuntimeException e) {
                journal.fail(e);
                did = false;
            }
            if (!did) {
                pause(300);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
