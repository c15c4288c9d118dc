package nl.netwerkregie.shared.task;

/**
 * How a case looks in task lists and overviews.
 *
 * @param caseTypeKey translation key of the kind of case (e.g. {@code case.admission})
 * @param subject     what the case is about, usually the organisation's name
 * @param route       the page of the case in the UI, or null
 */
public record CaseSummary(String caseTypeKey, String subject, String route) {
}
