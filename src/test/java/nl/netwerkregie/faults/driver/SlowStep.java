package nl.netwerkregie.faults.driver;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The step of the two-node test's slow job ({@link NodeCommands#slowJobs}): it takes {@code millis} (a variable), so
 * a node killed meanwhile still holds the job's lock, and the other node's job executor must wait for the lock to
 * expire before it runs the job. Test code, in the driver's package beside the application.
 */
@Component("faultsSlowStep")
@ConditionalOnProperty(name = "netwerkregie.faults.driver", havingValue = "true")
class SlowStep implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) throws InterruptedException {
        Thread.sleep(((Number) execution.getVariable("millis")).longValue());
    }
}
