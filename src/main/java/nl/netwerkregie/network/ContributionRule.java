package nl.netwerkregie.network;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;

/** How a network computes a member's yearly contribution. The profile's {@code type} picks the rule. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = FteMultiplierRule.class, name = "fte-multiplier"),
        @JsonSubTypes.Type(value = SizeTierRule.class, name = "size-tier")})
public sealed interface ContributionRule permits FteMultiplierRule, SizeTierRule {

    /**
     * The contribution in euros for one year.
     *
     * @param baseAmount the base amount the board set for the year (Twente sets it with the budget);
     *                   rules with fixed amounts ignore it
     */
    BigDecimal contributionFor(ContributionBasis basis, BigDecimal baseAmount);

    /** The base amount to use when the board has not (yet) set one for the year. */
    BigDecimal defaultBaseAmount();
}
