package nl.netwerkregie.people;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long account links stay valid, and what a password must be.
 *
 * @param invitationValidity how long an invitation link works (a week: people read mail late)
 * @param resetValidity      how long a password-reset link works (short: it is asked for on the spot)
 * @param password           the password rules
 */
@ConfigurationProperties("netwerkregie.people")
record PeopleProperties(
        @DefaultValue("P7D") Duration invitationValidity,
        @DefaultValue("PT2H") Duration resetValidity,
        @DefaultValue Password password) {

    /**
     * @param minLength   the shortest password accepted
     * @param checkCommon refuse passwords that are common or easy to guess (off only in the demo profile, whose
     *                    accounts all have the password "demo")
     */
    record Password(@DefaultValue("12") int minLength, @DefaultValue("true") boolean checkCommon) {
    }
}
