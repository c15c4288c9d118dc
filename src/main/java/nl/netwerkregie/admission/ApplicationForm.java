package nl.netwerkregie.admission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.shared.NoBidiControls;

/**
 * An application for membership as the public form sends it.
 *
 * @param details               the organisation: name, kind, municipality, size, bestuurder, one or two contacts
 * @param individual            the applicant is an individual care provider (for example a zzp'er)
 * @param representedByUmbrella an individual applies through an umbrella or professional organisation
 * @param werkgroepen           the werkgroep(en) the organisation will join
 * @param visionDocumentName    file name of the vision/policy document on palliative care, if sent along
 * @param visionCommitment      the organisation commits to deliver that document within the trial year
 */
public record ApplicationForm(
        @NotNull(message = "{validation.required}") @Valid OrganisationDetails details,
        boolean individual,
        boolean representedByUmbrella,
        @NotEmpty(message = "{validation.required}") List<@Size(max = 100, message = "{validation.tooLong}") @NoBidiControls String> werkgroepen,
        @Size(max = 255, message = "{validation.tooLong}") @NoBidiControls String visionDocumentName,
        boolean visionCommitment) {

    public ApplicationForm {
        werkgroepen = werkgroepen == null ? List.of() : List.copyOf(werkgroepen);
    }
}
