package nl.netwerkregie.resignation;

import java.time.LocalDate;

/**
 * A resignation as {@link ResignationService#resign} would record it, checked but not yet sent: what the
 * confirmation shows.
 *
 * @param receivedOn today for a member's own resignation; the day the letter or e-mail came in when a coordinator
 *        records it
 * @param endDate the end date the notice rule gives from {@code receivedOn}
 * @param onBehalf whether a coordinator records it for the organisation
 */
public record ResignationPreview(String organisationName, LocalDate receivedOn, LocalDate endDate, boolean onBehalf) {
}
