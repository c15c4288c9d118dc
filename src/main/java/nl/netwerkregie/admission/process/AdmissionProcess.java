package nl.netwerkregie.admission.process;

/**
 * The ids of {@code processes/AdmissionProcess.bpmn} and its variables, in one place. The process holds the
 * admission id (also the business key), the board decision it waits for, and the flags its gateways read;
 * everything else is in the admission tables.
 */
public final class AdmissionProcess {

    public static final String PROCESS_ID = "AdmissionProcess";

    public static final String TASK_INTAKE = "Task_Intake";
    public static final String TASK_REQUEST_INFORMATION = "Task_RequestInformation";
    public static final String TASK_AWAIT_INFORMATION = "Task_AwaitInformation";
    public static final String TASK_SEND_REMINDER = "Task_SendReminder";
    public static final String TASK_CLOSE_APPLICATION = "Task_CloseApplication";
    public static final String CALL_ADMISSION_DECISION = "Call_AdmissionDecision";
    public static final String TASK_NOTIFY_REJECTION = "Task_NotifyRejection";
    public static final String TASK_CONFIRM_AGREEMENT = "Task_ConfirmAgreement";
    public static final String TASK_START_TRIAL = "Task_StartTrial";
    public static final String TIMER_REVIEW_DUE = "Timer_ReviewDue";
    public static final String TASK_PREPARE_REVIEW = "Task_PrepareReview";
    public static final String CALL_REVIEW_DECISION = "Call_ReviewDecision";
    public static final String TASK_MAKE_MEMBER = "Task_MakeMember";
    public static final String TASK_END_MEMBERSHIP = "Task_EndMembership";
    public static final String TIMER_INFORMATION_REMINDER = "Timer_InformationReminder";
    public static final String TIMER_INFORMATION_OVERDUE = "Timer_InformationOverdue";

    public static final String END_REJECTED = "EndEvent_Rejected";
    public static final String END_APPLICATION_CLOSED = "EndEvent_ApplicationClosed";
    public static final String END_MEMBER = "EndEvent_Member";
    public static final String END_MEMBERSHIP_ENDED = "EndEvent_MembershipEnded";

    public static final String MESSAGE_INFORMATION_RECEIVED = "AdmissionInformationReceived";

    public static final String FORM_INTAKE = "admission:intake";
    public static final String FORM_AGREEMENT = "admission:agreement";
    public static final String FORM_REVIEW = "admission:review";

    /** The admission (admission.id). Also the business key of the process instance. */
    public static final String VAR_ADMISSION_ID = "admissionId";
    /** The board decision the next call activity waits for (board_decision.id; its process's business key). */
    public static final String VAR_DECISION_ID = "decisionId";
    /** Set by the intake: the applicant is asked for more information first. */
    public static final String VAR_MORE_INFO_NEEDED = "moreInfoNeeded";
    /** Out of the admission decision: the board admitted the organisation as trial member. */
    public static final String VAR_ADMITTED = "admitted";
    /** Out of the review decision: the board made the trial member a permanent member. */
    public static final String VAR_PERMANENT = "permanent";

    private AdmissionProcess() {
    }
}
