package nl.netwerkregie.people;

/** What a one-time account link is for. */
enum TokenPurpose {
    INVITATION,
    PASSWORD_RESET
}
