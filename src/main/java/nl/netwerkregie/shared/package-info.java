/** What every feature uses: the clock, domain errors, translations, the task list and the main layout. */
package nl.netwerkregie.shared;
