package nl.netwerkregie.shared.task;

import java.lang.reflect.Field;
import nl.netwerkregie.network.CurrentNetwork;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;

/**
 * Runs each job (async step, timer) for the network of its process instance: reads the job's tenant id in a short
 * command of its own and executes the job inside {@link CurrentNetwork#enter}. Placed before the engine's transaction
 * interceptor, because Hibernate fixes a session's network when the transaction begins.
 */
class NetworkOfJobs extends CommandInterceptor {

    private static final Field JOB_ID = jobIdField();

    @Override
    public <T> T execute(Command<T> command) {
        if (!(command instanceof ExecuteJobsCmd)) {
            return next.execute(command);
        }
        String jobId = jobIdOf((ExecuteJobsCmd) command);
        String networkId = next.execute(context -> {
            JobEntity job = context.getJobManager().findJobById(jobId);
            return job == null ? null : job.getTenantId();
        });
        if (networkId == null) {
            return next.execute(command);
        }
        try (CurrentNetwork.Scope scope = CurrentNetwork.enter(networkId)) {
            return next.execute(command);
        }
    }

    // ExecuteJobsCmd keeps the job id to itself; Camunda 7 offers no other hook between "job acquired" and
    // "command begins" (a custom JobExecutor would have to copy ExecuteJobsRunnable).
    private static Field jobIdField() {
        try {
            Field field = ExecuteJobsCmd.class.getDeclaredField("jobId");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's ExecuteJobsCmd has no field jobId any more", e);
        }
    }

    private static String jobIdOf(ExecuteJobsCmd command) {
        try {
            return (String) JOB_ID.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
