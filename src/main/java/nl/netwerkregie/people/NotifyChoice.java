package nl.netwerkregie.people;

/**
 * How a person hears of new work (Mijn instellingen). Without a choice: at once for what is theirs alone (a board
 * vote, a report of their werkgroep), in the daily digest for what is offered to their group (coordinators).
 */
public enum NotifyChoice {
    /** A mail for each new task, when it is created. */
    AT_ONCE,
    /** One mail a day, at the time they chose, with all their new tasks. */
    DIGEST,
    /** No mails about new tasks; they look in Mijn taken. */
    NONE
}
