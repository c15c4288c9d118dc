package nl.netwerkregie.security;

/**
 * Published, inside the deactivating transaction, when a person's account is deactivated (they left). Features
 * with work in that person's name listen: the board takes them out of open votes, the task list hands their
 * other open tasks to the coordinators.
 *
 * @param username  the account
 * @param name      the person's name, for notes and mails
 * @param byUser    who deactivated it
 */
public record AccountDeactivated(String username, String name, String byUser) {
}
