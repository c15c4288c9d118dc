package nl.netwerkregie.workinggroup;

import java.time.LocalDate;

/**
 * A seat to add to a werkgroep.
 *
 * @param organisationId the organisation (member or partner) the person comes from
 * @param username       optional: the person's login, needed to report as chair or vice chair
 * @param email          optional: where reminders go
 */
public record SeatForm(String personName, Long organisationId, SeatRole role, String username, String email,
        LocalDate startDate) {
}
