package nl.netwerkregie.hosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.regex.Pattern;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.Mails;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.network.NetworkRulesVersion;
import nl.netwerkregie.network.Networks;
import nl.netwerkregie.people.PeopleQueries;
import nl.netwerkregie.people.PersonRow;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The operator adds a network from a template and its first coordinator is invited into it by e-mail; rule
 * changes are checked, dated and recorded. The networks made here stay (there is no delete), so their ids are
 * unique per run and the demo network's data is left alone.
 */
@Tag("persistence")
class NetworkAdministrationIT extends IntegrationTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    private static final Pattern LINK = Pattern.compile("/account/activeren/([0-9a-f]{48})");

    @Autowired NetworkAdministration administration;
    @Autowired NetworkOverview overview;
    @Autowired RulesTemplates templates;
    @Autowired Networks networks;
    @Autowired NetworkRules rules;
    @Autowired PeopleQueries people;
    @Autowired OrganisationService organisations;

    /** An id and e-mail address no other run has used: a network cannot be removed. */
    static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    static NetworkForm utrecht(String id, String email) {
        return new NetworkForm(id, "Netwerk " + id, RulesTemplate.UTRECHT, null, "Ilse", "van Dam", email);
    }

    @Test
    void theOperatorAddsANetworkFromTheUtrechtTemplateAndItsCoordinatorIsInvitedIntoIt() {
        loginAs("beheerder");
        String id = unique("utrecht-test");
        String email = id + "@npzutrecht.example";

        NetworkAdministration.NetworkAdded added = administration.addNetwork(utrecht(id, email));

        assertThat(added.invitationRefused()).isEmpty();
        assertThat(networks.find(id).orElseThrow().getName()).isEqualTo("Netwerk " + id);
        assertThat(rules.of(id).id()).isEqualTo(id);
        assertThat(rules.of(id).boardName()).isEqualTo("Stuurgroep");
        assertThat(overview.all()).filteredOn(n -> n.id().equals(id)).singleElement()
                .satisfies(n -> assertThat(n.boardName()).isEqualTo("Stuurgroep"))
                .satisfies(n -> assertThat(n.sharesFigures()).isFalse());
        assertThat(overview.history(id)).singleElement().extracting(NetworkRulesVersion::getRecordedBy)
                .isEqualTo("beheerder");

        MimeMessage mail = Mails.lastTo(greenMail, email);
        assertThat(mail).as("the invitation").isNotNull();
        Mails.find(mail, LINK);
        assertThat(Mails.body(mail)).contains("Netwerk " + id);

        PersonRow coordinator = CurrentNetwork.as(id, people::all).stream().filter(p -> p.email().equals(email))
                .findFirst().orElseThrow();
        assertThat(coordinator.accountRoles()).containsExactly(Role.COORDINATOR);
        assertThat(people.networksOf(coordinator.username())).containsExactly(id);
        assertThat(people.all()).as("not in the demo network's register").extracting(PersonRow::email)
                .doesNotContain(email);

        loginAs(coordinator.username(), Role.COORDINATOR);
        assertThat(CurrentNetwork.as(id, organisations::all)).as("an empty registry").isEmpty();
        assertThat(organisations.all()).as("the demo network's registry is untouched").isNotEmpty();
    }

    @Test
    void theTemplateTextCarriesTheChosenIdAndName() {
        String text = templates.text(RulesTemplate.UTRECHT, "utrecht-oost", "Netwerk: Utrecht-Oost");
        assertThat(Networks.parse(text).id()).isEqualTo("utrecht-oost");
        assertThat(Networks.parse(text).name()).isEqualTo("Netwerk: Utrecht-Oost");
        assertThat(Networks.parse(text).boardName()).isEqualTo("Stuurgroep");
        String edited = RulesTemplates.withIdAndName(text.replace("quorum: 0", "quorum: 3"), "utrecht-west", null);
        assertThat(Networks.parse(edited).quorum()).as("the operator's own edit stays").isEqualTo(3);
        assertThat(Networks.parse(edited).id()).isEqualTo("utrecht-west");
    }

    @Test
    void aNetworkFormIsRefusedWithAClearReasonAndNothingIsRegistered() {
        loginAs("beheerder");
        String id = unique("geweigerd");
        String email = id + "@example.org";
        refused(() -> administration.addNetwork(utrecht(" ", email)), "hosting.idRequired");
        refused(() -> administration.addNetwork(utrecht("Utrecht Stad", email)), "hosting.idFormat");
        refused(() -> administration.addNetwork(utrecht("twente", email)), "hosting.idTaken");
        refused(() -> administration.addNetwork(new NetworkForm(id, " ", RulesTemplate.UTRECHT, null, "Ilse",
                "van Dam", email)), "hosting.nameRequired");
        refused(() -> administration.addNetwork(new NetworkForm(id, "Naam", null, " ", "Ilse", "van Dam", email)),
                "hosting.rulesRequired");
        String utrechtText = templates.text(RulesTemplate.UTRECHT, null, null);
        refused(() -> administration.addNetwork(new NetworkForm(id, "Naam", null, utrechtText, "Ilse", "van Dam",
                email)), "hosting.rulesOfOtherNetwork");
        assertThatThrownBy(() -> administration.addNetwork(new NetworkForm(id, "Naam", null,
                "id: " + id + "\nname: Naam\nboardName: [unclosed", "Ilse", "van Dam", email)))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo("hosting.rulesUnreadable"))
                .satisfies(e -> assertThat(((DomainException) e).arguments()[0].toString()).as("the parser's words")
                        .contains("line"));
        refused(() -> administration.addNetwork(utrecht(id, "geen-adres")), "validation.email");
        refused(() -> administration.addNetwork(new NetworkForm(id, "Naam", RulesTemplate.UTRECHT, null, "Ilse",
                " ", email)), "person.lastNameRequired");

        assertThat(networks.exists(id)).as("nothing half stored").isFalse();
    }

    @Test
    void onlyTheOperatorAdministersNetworks() {
        loginAs("coordinator1");
        String id = unique("niet-van-mij");
        assertThatThrownBy(() -> administration.addNetwork(utrecht(id, id + "@example.org")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.changeRules("twente", "id: twente", LocalDate.now(), "waarom"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.exportRules("twente")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.inviteCoordinator("twente", "A", "B", "a@b.example"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(overview::all).isInstanceOf(AccessDeniedException.class);
        assertThat(networks.exists(id)).isFalse();
    }

    @Test
    void aRuleChangeIsDatedCheckedAndRecordedAndADayAheadIsNotInForceToday() {
        loginAs("beheerder");
        String id = unique("regels");
        administration.addNetwork(utrecht(id, id + "@example.org"));
        String inForce = administration.exportRules(id);
        String fourWeeks = inForce.replace("votingPeriod: P14D", "votingPeriod: P28D");
        LocalDate today = LocalDate.now();

        refused(() -> administration.changeRules(id, fourWeeks, today.minusDays(1), "te laat"),
                "hosting.validFromInPast");
        refused(() -> administration.changeRules(id, fourWeeks, null, "geen datum"), "hosting.validFromRequired");
        refused(() -> administration.changeRules(id, fourWeeks, today.plusDays(1), " "), "hosting.reasonRequired");
        refused(() -> administration.changeRules(id, fourWeeks.replace("id: " + id, "id: ander-netwerk"),
                today.plusDays(1), "ander id"), "hosting.rulesOfOtherNetwork");
        refused(() -> administration.changeRules(id, fourWeeks + "\nonbekend: ja\n", today.plusDays(1), "typfout"),
                "hosting.rulesUnreadable");
        refused(() -> administration.changeRules("bestaat-niet", fourWeeks, today.plusDays(1), "?"),
                "hosting.networkNotFound");

        administration.changeRules(id, fourWeeks, today.plusDays(1), "Besluit stuurgroep: vier weken stemmen");

        assertThat(rules.of(id).votingPeriod()).as("not in force today").hasDays(14);
        assertThat(CurrentNetwork.as(id, rules::current).votingPeriod()).hasDays(14);
        assertThat(rules.on(id, today.plusDays(1)).votingPeriod()).hasDays(28);
        assertThat(administration.exportRules(id)).as("the download is the version in force").isEqualTo(inForce);
        assertThat(overview.history(id)).extracting(NetworkRulesVersion::getReason)
                .containsExactly("Besluit stuurgroep: vier weken stemmen", "registered");
        assertThat(overview.history(id).get(0).getValidFrom()).isEqualTo(today.plusDays(1));
        assertThat(overview.history(id).get(0).getRecordedBy()).isEqualTo("beheerder");
    }

    @Test
    void theOperatorInvitesACoordinatorIntoAnExistingNetwork() {
        loginAs("beheerder");
        String id = unique("tweede");
        administration.addNetwork(utrecht(id, id + "@example.org"));
        String second = "tweede-" + id + "@example.org";

        administration.inviteCoordinator(id, "Bram", "Bos", second);

        assertThat(Mails.lastTo(greenMail, second)).isNotNull();
        assertThat(CurrentNetwork.as(id, people::all)).extracting(PersonRow::email)
                .containsExactlyInAnyOrder(id + "@example.org", second);
        refused(() -> administration.inviteCoordinator(id, "Bram", "Bos", second), "person.emailInUse");
        refused(() -> administration.inviteCoordinator("bestaat-niet", "Bram", "Bos", "b@example.org"),
                "hosting.networkNotFound");
    }

    private static void refused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).messageKey()).isEqualTo(key));
    }
}
