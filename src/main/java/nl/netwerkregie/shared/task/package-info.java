/**
 * The task list every role works from ("Mijn taken") and the coordinators' overview of open cases
 * ("Lopende zaken"). The only place besides process delegates that talks to the Camunda task API.
 */
package nl.netwerkregie.shared.task;
