/**
 * Themes shared by the jaarplan and the werkgroep features: the plan offers its themes, approved assignments report
 * the budget they commit. Ports only; each feature implements its side.
 */
package nl.netwerkregie.shared.theme;
