package nl.netwerkregie.evaluation;

/** Where an evaluation stands. */
public enum EvaluationStatus {
    /** The coordinators check the questions and set the deadline. */
    PREPARING,
    /** The questionnaire is out; answers come in until the deadline. */
    ANSWERING,
    /** The answers are in; the coordinators write the summary for the board. */
    SUMMARY,
    /** The board's conclusions and proposals are to be recorded. */
    CONCLUSIONS,
    /** Done: the proposals (if any) went to all parties. */
    CLOSED
}
