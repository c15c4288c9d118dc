package nl.netwerkregie.resignation.process;

/** The ids of ResignationProcess.bpmn and TerminationProcess.bpmn and their variables. */
public final class EndingProcesses {

    public static final String RESIGNATION_PROCESS = "ResignationProcess";
    public static final String TERMINATION_PROCESS = "TerminationProcess";

    public static final String TASK_CONFIRM_RECEIPT = "Task_ConfirmReceipt";
    public static final String TASK_ARRANGE_SUCCESSION = "Task_ArrangeSuccession";
    public static final String TIMER_END_DATE = "Timer_EndDate";
    public static final String TIMER_EFFECTIVE_DATE = "Timer_EffectiveDate";
    public static final String TIMER_RESPONSE_PERIOD_OVER = "Timer_ResponsePeriodOver";
    public static final String CALL_TERMINATION_DECISION = "Call_TerminationDecision";

    public static final String MESSAGE_WITHDRAWN = "ResignationWithdrawn";
    public static final String MESSAGE_RESPONSE_RECEIVED = "TerminationResponseReceived";

    public static final String FORM_CONFIRM = "resignation:confirm";
    public static final String FORM_SUCCESSION = "resignation:succession";

    /** The membership_ending id, for both processes; also the business key. */
    public static final String VAR_ENDING_ID = "resignationId";
    public static final String VAR_DECISION_ID = "decisionId";
    /** Out of the board decision: the board terminated the membership. */
    public static final String VAR_TERMINATED = "terminated";
    /** The seat a succession task is about (multi-instance element variable), e.g. {@code board}. */
    public static final String VAR_SEAT = "seat";

    private EndingProcesses() {
    }
}
