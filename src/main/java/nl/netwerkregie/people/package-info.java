/**
 * People and their accounts: who works in the network (name, e-mail, organisation), which account roles they
 * have (coordinator, secretary, member contact), and the account's life: invited by e-mail, active once the person
 * set their own password through the one-time link, deactivated when they leave. Passwords and group memberships
 * stay in Camunda's identity store (one account for the UI, the REST API and Cockpit; see
 * docs/decisions/0009-people-in-the-app.md); this module keeps the person and the state of the account.
 * Board members and werkgroep chairs get their role from their seat (board, workinggroup), not from here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package nl.netwerkregie.people;
