package nl.netwerkregie.workinggroup.process;

/**
 * The ids of {@code processes/WerkgroepAssignmentProcess.bpmn} and its variables, in one place. The process holds
 * the assignment id (also the business key), the board decision it waits for, and the flags its gateways read;
 * everything else is in the werkgroep tables.
 */
public final class WerkgroepAssignmentProcess {

    public static final String PROCESS_ID = "WerkgroepAssignmentProcess";

    public static final String CALL_ASSIGNMENT_DECISION = "Call_AssignmentDecision";
    public static final String TASK_RECORD_REJECTION = "Task_RecordRejection";
    public static final String TASK_REVISE = "Task_ReviseAssignment";
    public static final String TASK_ACTIVATE = "Task_ActivateAssignment";
    public static final String TIMER_REPORT_DUE = "Timer_ReportDue";
    public static final String TASK_REPORT = "Task_ReportProgress";
    public static final String TASK_REVIEW_REPORT = "Task_ReviewReport";
    public static final String TASK_ANSWER_QUESTION = "Task_AnswerQuestion";
    public static final String TASK_CLOSE = "Task_CloseAssignment";
    public static final String TIMER_REPORT_LATE = "Timer_ReportLate";
    public static final String TASK_SEND_REMINDER = "Task_SendReportReminder";
    public static final String TASK_CHASE_UP = "Task_ChaseUpReport";

    public static final String END_CLOSED = "EndEvent_AssignmentClosed";
    public static final String END_CHASED_UP = "EndEvent_ChasedUp";

    public static final String FORM_REVISE = "werkgroep:revise";
    public static final String FORM_REPORT = "werkgroep:report";
    public static final String FORM_REVIEW_REPORT = "werkgroep:review-report";
    public static final String FORM_ANSWER = "werkgroep:answer";
    public static final String FORM_CHASE_UP = "werkgroep:chase-up";

    /** The assignment (werkgroep_assignment.id). Also the business key of the process instance. */
    public static final String VAR_ASSIGNMENT_ID = "assignmentId";
    /** The board decision the call activity waits for (board_decision.id; its process's business key). */
    public static final String VAR_DECISION_ID = "decisionId";
    /** Out of the board decision: the board approved the assignment. */
    public static final String VAR_APPROVED = "approved";
    /** Set with each report: it is the final report. */
    public static final String VAR_FINAL_REPORT = "finalReport";
    /** Set by the coordinator's review: accepted (else a question went back to the chair). */
    public static final String VAR_REPORT_ACCEPTED = "reportAccepted";

    private WerkgroepAssignmentProcess() {
    }
}
