/**
 * Werkgroepen and their assignments (opdrachten). Coordinators keep the werkgroepen and their seats (chair, vice
 * chair, members of member organisations or partners) and draft assignments in the fixed format (doel, gewenst
 * resultaat, tijdspad with milestones, theme, budget, composition); the board approves them through the
 * board-decision process. The chair (or vice chair) reports progress in the same format until the coordinator
 * accepts the final report. {@link nl.netwerkregie.workinggroup.WerkgroepService} and
 * {@link nl.netwerkregie.workinggroup.AssignmentService} (commands) with
 * {@link nl.netwerkregie.workinggroup.AssignmentQueries} (reads) are the feature's API;
 * {@link nl.netwerkregie.workinggroup.AssignmentSteps} holds the process's service tasks, for its delegates only.
 */
package nl.netwerkregie.workinggroup;
