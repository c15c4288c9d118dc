package nl.netwerkregie.membership;

import java.math.BigDecimal;

/** A row of Organisaties: the organisation and what it owes this year (null when it is no member). */
public record OrganisationListRow(Organisation organisation, BigDecimal contribution) {
}
