/**
 * Budget realisation (realisatie, besteding): what the network spent and received in a year against its adopted
 * jaarplan. Coordinators record spending (uitgaven) on the plan's themes and, optionally, on a werkgroep
 * assignment of the theme, with an optional receipt; and income (subsidy instalments) against the begroting's
 * income lines. Per theme and assignment begroot, besteed and resterend, with a warning near and over the budget;
 * the chairs' reported budget used set against the recorded spending; contributions received from the membership
 * feature. Exported to and imported from XLSX. {@link nl.netwerkregie.budget.BudgetRealisationQueries#ofYear} is
 * the read the jaarverslag uses.
 */
package nl.netwerkregie.budget;
