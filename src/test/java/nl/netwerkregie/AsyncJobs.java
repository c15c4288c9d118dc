package nl.netwerkregie;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The tests' job executor for async continuations. The engine's own job executor is off in the tests, so that
 * timers fire only when a test says so; async continuations (message jobs) are run here instead: by a test that
 * wants the steps after a click to happen ({@link #runAll()}), or in the background while a browser journey
 * clicks through the UI ({@link #runInBackground()}), as the job executor does in production.
 */
@Component
public class AsyncJobs {

    private static final Logger LOG = LoggerFactory.getLogger(AsyncJobs.class);

    private final ManagementService managementService;
    private ScheduledExecutorService background;

    AsyncJobs(ManagementService managementService) {
        this.managementService = managementService;
    }

    /**
     * Runs every due async continuation, and those they lead to, until none is left. A job that fails stays for
     * its next retry (the engine counts the attempt), as with the real job executor; timers are left alone.
     *
     * @return how many jobs ran without failing
     */
    public int runAll() {
        int done = 0;
        for (int round = 0; round < 50; round++) {
            List<Job> due = managementService.createJobQuery().messages().executable().list();
            if (due.isEmpty()) {
                return done;
            }
            for (Job job : due) {
                try {
                    managementService.executeJob(job.getId());
                    done++;
                } catch (RuntimeException e) {
                    // The engine has counted the attempt and kept the job for its next retry, as its executor does.
                    LOG.info("Async job {} at {} failed: {}", job.getId(), job.getProcessInstanceId(), e.getMessage());
                }
            }
        }
        throw new IllegalStateException("Async continuations keep coming: a loop in a process?");
    }

    /** Runs async continuations every 200 ms until {@link #stopBackground()}, for the browser journeys. */
    public synchronized void runInBackground() {
        if (background == null) {
            background = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "test-async-jobs");
                thread.setDaemon(true);
                return thread;
            });
            background.scheduleWithFixedDelay(this::runQuietly, 200, 200, TimeUnit.MILLISECONDS);
        }
    }

    public synchronized void stopBackground() {
        if (background != null) {
            background.shutdownNow();
            background = null;
        }
    }

    private void runQuietly() {
        try {
            runAll();
        } catch (RuntimeException e) {
            LOG.warn("Background async jobs: {}", e.getMessage());
        }
    }
}
