package nl.netwerkregie.evaluation.process;

/**
 * The ids of {@code processes/YearlyEvaluationProcess.bpmn} and its variables. The process holds the evaluation's
 * id (also the business key), each answer task's respondent id, and the flag its gateway reads; the questions,
 * answers, summary and conclusions are in the evaluation tables.
 */
public final class YearlyEvaluationProcess {

    public static final String PROCESS_ID = "YearlyEvaluationProcess";

    public static final String START = "StartEvent_EvaluationStarted";
    public static final String TASK_PREPARE = "Task_PrepareEvaluation";
    public static final String TASK_SEND_QUESTIONNAIRE = "Task_SendQuestionnaire";
    public static final String TASK_ANSWER = "Task_AnswerQuestionnaire";
    public static final String TIMER_REMINDER = "Timer_AnswerReminder";
    public static final String TASK_REMIND = "Task_RemindRespondents";
    public static final String TIMER_DEADLINE = "Timer_AnswerDeadline";
    public static final String TASK_CLOSE_ANSWERS = "Task_CloseAnswers";
    public static final String TASK_WRITE_SUMMARY = "Task_WriteSummary";
    public static final String TASK_RECORD_CONCLUSIONS = "Task_RecordConclusions";
    public static final String TASK_SEND_PROPOSALS = "Task_SendProposals";
    public static final String END_PROPOSALS_SENT = "EndEvent_ProposalsSent";
    public static final String END_NO_CHANGES = "EndEvent_NoChangesNeeded";
    public static final String END_REMINDED = "EndEvent_Reminded";

    public static final String FORM_PREPARE = "evaluation:prepare";
    public static final String FORM_ANSWER = "evaluation:answer";
    public static final String FORM_SUMMARY = "evaluation:summary";
    public static final String FORM_CONCLUSIONS = "evaluation:conclusions";

    /** The evaluation (yearly_evaluation.id). Also the business key of the process instance. */
    public static final String VAR_EVALUATION_ID = "evaluationId";
    /** Local to each answer task: who answers it (evaluation_respondent.id). */
    public static final String VAR_RESPONDENT_ID = "respondentId";
    /** Set with the board's conclusions: the board proposes changes, which go to all parties. */
    public static final String VAR_PROPOSALS_MADE = "proposalsMade";

    private YearlyEvaluationProcess() {
    }
}
