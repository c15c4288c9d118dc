package nl.netwerkregie.annualplan.process;

/**
 * The ids of {@code processes/JaarplanApprovalProcess.bpmn} and its variables. The process holds the jaarplan
 * id (also the business key), the board decision the call activity waits for, and the flag its gateway reads;
 * everything else is in the jaarplan tables.
 */
public final class JaarplanApprovalProcess {

    public static final String PROCESS_ID = "JaarplanApprovalProcess";

    public static final String TASK_RECORD_ADVICE = "Task_RecordAdvice";
    public static final String CALL_PLAN_DECISION = "Call_PlanDecision";
    public static final String TASK_RETURN_PLAN = "Task_ReturnPlan";
    public static final String TASK_REVISE_PLAN = "Task_RevisePlan";
    public static final String TASK_ADOPT_PLAN = "Task_AdoptPlan";
    public static final String END_ADOPTED = "EndEvent_PlanAdopted";

    public static final String FORM_ADVICE = "jaarplan:advice";
    public static final String FORM_REVISE = "jaarplan:revise";

    /** The jaarplan (jaarplan.id). Also the business key of the process instance. */
    public static final String VAR_JAARPLAN_ID = "jaarplanId";
    /** The board decision on the submitted version (board_decision.id; its process's business key). */
    public static final String VAR_DECISION_ID = "decisionId";
    /** Out of the board decision: the board adopted the plan and its budget. */
    public static final String VAR_ADOPTED = "adopted";

    private JaarplanApprovalProcess() {
    }
}
