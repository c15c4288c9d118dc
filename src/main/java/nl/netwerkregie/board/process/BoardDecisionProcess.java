package nl.netwerkregie.board.process;

/**
 * The ids of {@code processes/BoardDecisionProcess.bpmn} and its variables, in one place. The process holds
 * the decision id and the flags its gateways read; everything else is in the board tables.
 */
public final class BoardDecisionProcess {

    public static final String PROCESS_ID = "BoardDecisionProcess";

    public static final String TASK_VOTE = "Task_Vote";
    public static final String TASK_RECORD_MEETING = "Task_RecordMeetingDecision";
    public static final String TASK_HANDLE_NO_VOTES = "Task_HandleNoVotes";
    public static final String TIMER_DEADLINE = "Timer_DeadlinePassed";

    public static final String FORM_VOTE = "board:vote";
    public static final String FORM_MEETING = "board:meeting";
    public static final String FORM_NO_VOTES = "board:no-votes";

    /** In: the decision (board_decision.id). Also the business key of the process instance. */
    public static final String VAR_DECISION_ID = "decisionId";
    /** Set on opening: the decision is recorded from a meeting instead of voted online. */
    public static final String VAR_MEETING_MODE = "meetingMode";
    /** Set with every vote: the outcome can no longer change, so voting may stop. */
    public static final String VAR_SETTLED = "settled";
    /** Set on closing: anyone voted at all. */
    public static final String VAR_ANY_VOTES = "anyVotes";
    /** Out: the board adopted the proposal. Calling flows read this flag. */
    public static final String VAR_ADOPTED = "adopted";
    /** Set by the coordinator when no votes came in: put it on the next meeting's agenda (else: extend). */
    public static final String VAR_PUT_ON_AGENDA = "putOnAgenda";

    private BoardDecisionProcess() {
    }
}
