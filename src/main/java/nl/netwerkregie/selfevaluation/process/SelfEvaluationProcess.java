package nl.netwerkregie.selfevaluation.process;

/** The ids of SelfEvaluationProcess.bpmn and its variables. */
public final class SelfEvaluationProcess {

    public static final String PROCESS_ID = "SelfEvaluationProcess";
    public static final String TASK_FILL_IN = "Task_FillIn";
    public static final String TASK_REVIEW = "Task_Review";
    public static final String TASK_CHASE_UP = "Task_ChaseUp";
    public static final String TASK_SEND_REMINDER = "Task_SendReminder";
    public static final String TIMER_REMINDER = "Timer_Reminder";
    public static final String TIMER_DEADLINE = "Timer_DeadlinePassed";
    public static final String END_DISCUSSED = "EndEvent_Discussed";
    public static final String END_REMINDED = "EndEvent_Reminded";
    public static final String END_CLOSED = "EndEvent_Closed";

    public static final String FORM_FILL_IN = "selfevaluation:fill-in";
    public static final String FORM_REVIEW = "selfevaluation:review";
    public static final String FORM_CHASE_UP = "selfevaluation:chase-up";

    /** The self_evaluation id; also the business key. */
    public static final String VAR_SELF_EVALUATION_ID = "selfEvaluationId";
    /** Set when the coordinator chases up a late one: true when the deadline was extended, false when closed. */
    public static final String VAR_EXTENDED = "extended";

    private SelfEvaluationProcess() {
    }
}
