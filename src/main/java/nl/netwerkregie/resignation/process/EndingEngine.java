package nl.netwerkregie.resignation.process;

import java.util.Map;
import nl.netwerkregie.resignation.ResignationSteps;
import nl.netwerkregie.shared.DomainException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** Starts the ending processes and passes events to them; keeps engine types out of the services. */
@Component
public class EndingEngine {

    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ResignationSteps steps;

    EndingEngine(RuntimeService runtimeService, TaskService taskService, ResignationSteps steps) {
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.steps = steps;
    }

    /** The seat a succession task is about (its multi-instance element). */
    public String seatOfTask(String taskId) {
        Object seat = taskService.getVariable(taskId, EndingProcesses.VAR_SEAT);
        return seat == null ? "" : seat.toString();
    }

    /** Starts {@code ResignationProcess} for a resignation just received. */
    public void startResignation(long endingId) {
        start(EndingProcesses.RESIGNATION_PROCESS, endingId);
    }

    /** Starts {@code TerminationProcess} for a termination just proposed. */
    public void startTermination(long endingId) {
        start(EndingProcesses.TERMINATION_PROCESS, endingId);
    }

    /** The member withdrew after the coordinator confirmed receipt: the process is waiting for the end date. */
    public void withdrawn(long endingId) {
        correlate(EndingProcesses.MESSAGE_WITHDRAWN, endingId);
    }

    /**
     * The member withdrew before a coordinator confirmed receipt: nothing more is to be done, so the process
     * ends. It waits for a withdrawal only after the confirmation, so the withdrawal is recorded here, by the
     * same step {@code RecordWithdrawalDelegate} runs for a confirmed resignation.
     */
    public void withdrawnBeforeConfirmation(long endingId) {
        runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(String.valueOf(endingId), EndingProcesses.RESIGNATION_PROCESS).list()
                .forEach(pi -> runtimeService.deleteProcessInstance(pi.getId(), "withdrawn before confirmation"));
        steps.recordWithdrawal(endingId);
    }

    /** The coordinator recorded the organisation's response: the termination goes on to the board. */
    public void responseReceived(long endingId) {
        correlate(EndingProcesses.MESSAGE_RESPONSE_RECEIVED, endingId);
    }

    private void start(String process, long endingId) {
        runtimeService.startProcessInstanceByKey(process, String.valueOf(endingId),
                Map.of(EndingProcesses.VAR_ENDING_ID, endingId));
    }

    /**
     * @throws DomainException {@code case.stillProcessing} when the process is not waiting for the message yet: the
     *         step before it (a confirmation mail) runs after the commit and has not finished, or is being retried
     */
    private void correlate(String message, long endingId) {
        try {
            runtimeService.createMessageCorrelation(message)
                    .processInstanceBusinessKey(String.valueOf(endingId))
                    .processInstanceVariableEquals(EndingProcesses.VAR_ENDING_ID, endingId)
                    .correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new DomainException("case.stillProcessing");
        }
    }
}
