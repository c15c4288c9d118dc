/**
 * Mijn organisatie: the page of a member organisation's contact person, on top of the features it reads from
 * (membership, werkgroepen, the board's decisions through the life story, documents), and their proposals to
 * correct the organisation's details, which a coordinator accepts or rejects
 * ({@code OrganisationCorrectionProcess.bpmn}). {@link nl.netwerkregie.myorganisation.MyOrganisationQueries}
 * (reads, each checked against the contact person's own organisations), {@link
 * nl.netwerkregie.myorganisation.CorrectionService} (the contact's proposal) and {@link
 * nl.netwerkregie.myorganisation.CorrectionReviewService} (the coordinator's decision) are its API.
 */
package nl.netwerkregie.myorganisation;
