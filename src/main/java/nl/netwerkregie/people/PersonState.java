package nl.netwerkregie.people;

/** Where a person's account is in its life. */
public enum PersonState {
    /** Invited by e-mail; cannot log in until they set a password through the link. */
    INVITED,
    ACTIVE,
    /** Left the network: cannot log in; their name stays on what they did. */
    DEACTIVATED
}
