package nl.netwerkregie.shared.task;

import java.time.Instant;

/**
 * Who works on a task: the assignee, by name.
 *
 * @param name  the person's full name, or the login when the account has no name
 * @param since when they took it, or null when that was not recorded (taken before the application kept it)
 */
public record TaskHolder(String username, String name, Instant since) {

    public boolean is(String username) {
        return this.username.equals(username);
    }
}
