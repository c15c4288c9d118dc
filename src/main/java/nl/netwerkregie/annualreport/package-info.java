/**
 * Jaarverslag: the network's annual report. A draft is compiled from the year's data of the other features
 * (members at the start and end of the year, admissions, endings and trial years; the board's decisions; each
 * werkgroep's assignments with their results against the gewenst resultaat; the adopted jaarplan's themes with
 * what was spent against the begroting; contributions owed and received; the year's evaluations). The
 * coordinators add their own text per section and submit it; the board adopts it by majority
 * ({@code JaarverslagApprovalProcess}, calling the board decision); the adopted report is frozen as PDF and sent
 * to every member organisation (the algemeen bestuur). {@link nl.netwerkregie.annualreport.JaarverslagService}
 * (commands) and {@link nl.netwerkregie.annualreport.JaarverslagQueries} (reads) are the feature's API.
 */
package nl.netwerkregie.annualreport;
