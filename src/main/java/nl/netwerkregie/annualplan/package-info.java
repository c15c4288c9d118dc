/**
 * Jaarplan: the network's annual plan (ambition, goals, themes with aims and activities) and its begroting
 * (income, project costs per theme as line items, the split of project costs over sub-networks). Coordinators
 * draft it, the netwerkgroep advises, the board adopts it by majority ({@code JaarplanApprovalProcess}); every
 * submitted version is kept, and the adopted plan is frozen and sets the year's contribution base.
 */
package nl.netwerkregie.annualplan;
