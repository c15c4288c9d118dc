package nl.netwerkregie.annualreport.process;

/**
 * The ids of {@code processes/JaarverslagApprovalProcess.bpmn} and its variables. The process holds the report's
 * id (also the business key), the board decision the call activity waits for, and the flag its gateway reads;
 * everything else is in the jaarverslag tables.
 */
public final class JaarverslagApprovalProcess {

    public static final String PROCESS_ID = "JaarverslagApprovalProcess";

    public static final String CALL_REPORT_DECISION = "Call_ReportDecision";
    public static final String TASK_ADOPT_REPORT = "Task_AdoptReport";
    public static final String TASK_RETURN_REPORT = "Task_ReturnReport";
    public static final String TASK_REVISE_REPORT = "Task_ReviseReport";
    public static final String END_ADOPTED = "EndEvent_ReportAdopted";

    public static final String FORM_REVISE = "jaarverslag:revise";

    /** The jaarverslag (jaarverslag.id). Also the business key of the process instance. */
    public static final String VAR_JAARVERSLAG_ID = "jaarverslagId";
    /** The board decision on the submitted version (board_decision.id; its process's business key). */
    public static final String VAR_DECISION_ID = "decisionId";
    /** Out of the board decision: the board adopted the report. */
    public static final String VAR_ADOPTED = "adopted";

    private JaarverslagApprovalProcess() {
    }
}
