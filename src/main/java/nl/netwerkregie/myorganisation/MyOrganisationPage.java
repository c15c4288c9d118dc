package nl.netwerkregie.myorganisation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.membership.ContributionLine;
import nl.netwerkregie.membership.LifeEvent;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.shared.document.DocumentInfo;
import nl.netwerkregie.workinggroup.Participation;

/**
 * Everything Mijn organisatie shows of one organisation, read at once for its contact person.
 *
 * @param trialStart   the trial year's first day, while the organisation is a member on trial; else null
 * @param current      each correctable field's value now, to start a proposal from
 * @param decisions    the board's decisions that concern it, as its life story tells them
 * @param corrections  the contact persons' proposals, newest first
 */
public record MyOrganisationPage(Facts organisation, LocalDate trialStart, LocalDate trialEnd,
        List<ContributionLine> contributions, List<Participation> seats, List<DocumentInfo> documents,
        List<LifeEvent> decisions, List<LifeEvent> lifeStory, List<CorrectionSummary> corrections,
        Map<CorrectionField, String> current) {

    public MyOrganisationPage {
        contributions = List.copyOf(contributions);
        seats = List.copyOf(seats);
        documents = List.copyOf(documents);
        decisions = List.copyOf(decisions);
        lifeStory = List.copyOf(lifeStory);
        corrections = List.copyOf(corrections);
        current = Map.copyOf(current);
    }

    /** The organisation's details as the registry holds them. */
    public record Facts(long id, String name, OrganisationKind kind, String municipality, BigDecimal fte,
            Integer employeesOrMembers, boolean volunteerOrganisation, String bestuurderName, String bestuurderEmail,
            OrganisationStatus status, LocalDate statusSince, List<Contact> contacts) {

        public Facts {
            contacts = List.copyOf(contacts);
        }
    }

    /** A contact person (phone may be null). */
    public record Contact(String name, String email, String phone) {
    }

    /** One of the contact person's organisations, for the choice when they have more than one. */
    public record Choice(long id, String name) {
    }
}
