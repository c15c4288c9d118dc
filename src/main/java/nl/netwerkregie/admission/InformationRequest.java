package nl.netwerkregie.admission;

/** The question put to the applicant, as the answer page behind the mail's link shows it. */
public record InformationRequest(String organisationName, String request) {
}
