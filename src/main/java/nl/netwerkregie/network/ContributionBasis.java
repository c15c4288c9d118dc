package nl.netwerkregie.network;

import java.math.BigDecimal;

/** What a contribution rule looks at: the organisation's size and whether it is a volunteer organisation. */
public record ContributionBasis(boolean volunteerOrganisation, BigDecimal fte, Integer employeesOrMembers) {
}
