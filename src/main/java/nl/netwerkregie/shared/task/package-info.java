/**
 * The task list every role works from ("Mijn taken"), the coordinators' overview of open cases ("Lopende zaken")
 * and of their group's tasks with who holds them ("Taken van het team"), a task's page with claiming and taking
 * over, and the count of new tasks. The only place besides process delegates that talks to the Camunda task API.
 */
package nl.netwerkregie.shared.task;
