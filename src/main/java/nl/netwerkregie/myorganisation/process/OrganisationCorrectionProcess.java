package nl.netwerkregie.myorganisation.process;

/** The ids of OrganisationCorrectionProcess.bpmn and its variables. */
public final class OrganisationCorrectionProcess {

    public static final String PROCESS_ID = "OrganisationCorrectionProcess";
    public static final String TASK_REVIEW = "Task_ReviewCorrection";
    public static final String FORM_REVIEW = "myorganisation:correction";
    public static final String END_ACCEPTED = "EndEvent_CorrectionAccepted";
    public static final String END_REJECTED = "EndEvent_CorrectionRejected";

    /** The organisation_correction id; also the business key. */
    public static final String VAR_CORRECTION_ID = "correctionId";
    /** Set when the coordinator decides: true to accept, false to reject. */
    public static final String VAR_ACCEPTED = "accepted";

    private OrganisationCorrectionProcess() {
    }
}
