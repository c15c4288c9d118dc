/**
 * The yearly evaluation of the cooperation ("jaarlijkse evaluatie van de samenwerking", Twente §6.2 and §6.3,
 * Utrecht the same for the stuurgroep): once a year (the profile's {@code yearlyEvaluation}) and by hand in
 * between, the coordinators prepare a questionnaire from the network's own list of questions, each member
 * organisation and each board member answers it in the app before a deadline (with a reminder), the coordinators
 * summarise the answers for the board, the board's conclusions and proposed changes are recorded, and the
 * proposals go to all parties by mail. {@link nl.netwerkregie.evaluation.YearlyEvaluationQueries#ofYear(int)} is
 * the read the jaarverslag uses.
 */
package nl.netwerkregie.evaluation;
