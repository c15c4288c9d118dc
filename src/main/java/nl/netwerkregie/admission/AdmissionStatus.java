package nl.netwerkregie.admission;

/** Where an admission stands. Labels: {@code admission.status.<NAME>}. */
public enum AdmissionStatus {
    /** With the coordinator for intake. */
    INTAKE,
    /** The applicant was asked for more information. */
    AWAITING_INFORMATION,
    /** The board decides on admission; once admitted, the bestuurder's confirmation of the agreement is awaited. */
    BOARD_DECISION,
    /** The trial year runs. */
    TRIAL,
    /** The board decides on permanent membership. */
    REVIEW_DECISION,
    MEMBER,
    REJECTED,
    /** Closed because the applicant did not answer the request for information. */
    CLOSED,
    /** The board ended the membership after the trial year. */
    ENDED
}
