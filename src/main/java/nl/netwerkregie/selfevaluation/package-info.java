/**
 * Zelfevaluatie: a member organisation evaluates how palliative care is embedded in its work, on the network's
 * instrument (sections of statements scored niet / deels / grotendeels / volledig, each with a remark, after the
 * domains of the Kwaliteitskader palliatieve zorg). The coordinator invites the organisation
 * ({@code SelfEvaluationProcess.bpmn}); its contact persons fill it in over as many sittings as they need and submit
 * it; the coordinator discusses the result. {@link nl.netwerkregie.selfevaluation.SelfEvaluationService} (commands),
 * {@link nl.netwerkregie.selfevaluation.SelfEvaluationQueries} (results, the network's list, scores over the years,
 * {@code completedIn(year)} for the jaarverslag) and {@link nl.netwerkregie.selfevaluation.InstrumentService} (the
 * coordinators' editor of the statements) are its API. The admission's trial review and the organisation's life
 * story show the latest self-evaluation through their own ports.
 */
package nl.netwerkregie.selfevaluation;
