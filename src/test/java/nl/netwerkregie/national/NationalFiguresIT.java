package nl.netwerkregie.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.network.Networks;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The national view over two networks (issue 13, acceptance 4): the national user sees the figures of every network
 * that shares them and only the name of one that does not; figures and CSV hold no names of people or organisations;
 * nobody of a network may read them. Utrecht is registered here (when the installation lacks it) with two
 * organisations of its own, and removed afterwards with them; Twente's sharing is put back as it was.
 */
@Tag("persistence")
class NationalFiguresIT extends IntegrationTest {

    private static final String UTRECHT = "utrecht";

    @Autowired NationalFigures figures;
    @Autowired NationalCsv csv;
    @Autowired NetworkSharing sharing;
    @Autowired Networks networks;
    @Autowired OrganisationService organisations;
    @Autowired UserDirectory users;
    @Autowired JdbcTemplate jdbc;

    private boolean registeredUtrecht;
    private final List<Long> created = new ArrayList<>();
    private SharingOfTwente twenteBefore;

    @BeforeEach
    void twoNetworks() throws IOException {
        twenteBefore = SharingOfTwente.remember(jdbc);
        if (!networks.exists(UTRECHT)) {
            try (InputStream yaml = getClass().getResourceAsStream("/networks/utrecht.yaml")) {
                networks.register(UTRECHT, "Netwerken Palliatieve Zorg Utrecht",
                        new String(yaml.readAllBytes(), StandardCharsets.UTF_8), "test");
            }
            registeredUtrecht = true;
        }
        utrechtSharedBefore = jdbc.queryForObject("select share_national from network where id = ?", Boolean.class,
                UTRECHT);
    }

    private boolean utrechtSharedBefore;

    @Test
    void theDemosNationalUserSeesTheTwoDemoNetworksFiguresAndNoOthers() {
        // Acceptance 4, on the demo as it starts: Twente and Utrecht share; networks added since (by other tests)
        // do not, and show by name only.
        loginAs("landelijk");
        List<NetworkFigures> all = figures.compare();
        assertThat(all.stream().filter(NetworkFigures::shared).map(NetworkFigures::networkId))
                .containsExactlyInAnyOrder("twente", UTRECHT);
        assertThat(all.stream().filter(n -> !n.shared())).allSatisfy(n -> assertThat(n.membersByKind()).isEmpty());
        assertThat(all.stream().filter(n -> n.networkId().equals(UTRECHT)).findFirst().orElseThrow()
                .membersByKind().values().stream().mapToLong(Long::longValue).sum()).isGreaterThanOrEqualTo(12);
    }

    @AfterEach
    void removeWhatThisTestMade() {
        for (Long id : created) {
            jdbc.update("delete from status_change where organisation_id = ?", id);
            jdbc.update("delete from organisation where id = ?", id);
        }
        if (registeredUtrecht) {
            jdbc.update("delete from network_rules where network_id = ?", UTRECHT);
            jdbc.update("delete from network where id = ?", UTRECHT);
        }
        twenteBefore.putBack();
        if (!registeredUtrecht) {
            jdbc.update("update network set share_national = ? where id = ?", utrechtSharedBefore, UTRECHT);
        }
    }

    @Test
    void theNationalUserSeesTheFiguresOfEverySharingNetworkAndNoNames() {
        networks.shareNational("twente", true);
        networks.shareNational(UTRECHT, true);
        loginAs("landelijk");
        NetworkFigures utrechtBefore = of(figures.compare(), UTRECHT);
        int year = figures.thisYear();

        loginAs("coordinator-of-utrecht", Role.COORDINATOR);
        String hospice = "Hospice Demeter " + System.nanoTime();
        String vvt = "Zorggroep Zuidoost " + System.nanoTime();
        CurrentNetwork.run(UTRECHT, () -> {
            created.add(organisations.register(details(hospice, OrganisationKind.HOSPICE, "De Bilt"),
                    OrganisationStatus.MEMBER, "test"));
            created.add(organisations.register(details(vvt, OrganisationKind.VVT, "Zeist"),
                    OrganisationStatus.MEMBER, "test"));
        });

        loginAs("landelijk");
        List<NetworkFigures> all = figures.compare();
        assertThat(all).extracting(NetworkFigures::networkId).contains("twente", UTRECHT);
        assertThat(all).filteredOn(f -> List.of("twente", UTRECHT).contains(f.networkId())).allMatch(NetworkFigures::shared);
        // A network that does not share (other tests' networks) is listed by name only, without its figures.
        assertThat(all).filteredOn(f -> !f.shared()).allSatisfy(f -> assertThat(f.membersByKind()).isEmpty());
        NetworkFigures utrecht = of(all, UTRECHT);
        assertThat(utrecht.members(OrganisationKind.HOSPICE)).isEqualTo(utrechtBefore.members(OrganisationKind.HOSPICE) + 1);
        assertThat(utrecht.members(OrganisationKind.VVT)).isEqualTo(utrechtBefore.members(OrganisationKind.VVT) + 1);
        assertThat(utrecht.admissionsIn(year)).isEqualTo(utrechtBefore.admissionsIn(year) + 2);

        // Each network's figures are its own: those its registry gives when asked for that network.
        loginAs("coordinator1");
        for (String network : List.of("twente", UTRECHT)) {
            Map<OrganisationKind, Long> members = CurrentNetwork.as(network, organisations::members).stream()
                    .collect(Collectors.groupingBy(Organisation::getKind, Collectors.counting()));
            assertThat(of(all, network).membersByKind()).as(network).isEqualTo(members);
        }
        assertThat(of(all, "twente").members()).isGreaterThan(0);
        assertThat(of(all, "twente").budgets()).as("the demo jaarplan 2025").extracting(b -> b.year()).contains(2025);

        // No names of organisations (of either network) or people, in the figures nor in the export.
        loginAs("landelijk");
        String export = new String(csv.comparison(TranslationProvider.DUTCH), StandardCharsets.UTF_8);
        assertThat(export).contains("Netwerken Palliatieve Zorg Twente;ja;");
        List<String> names = new ArrayList<>(List.of(hospice, vvt));
        loginAs("coordinator1");
        names.addAll(CurrentNetwork.as("twente", organisations::all).stream().map(Organisation::getName).toList());
        users.activeAccounts().stream().map(UserDirectory.Account::name).filter(n -> n.contains(" ")).forEach(names::add);
        assertThat(names).hasSizeGreaterThan(10);
        for (String name : names) {
            assertThat(export).as("the CSV").doesNotContain(name);
            assertThat(all.toString()).as("the figures").doesNotContain(name);
        }
    }

    @Test
    void aNetworkThatDoesNotShareIsListedByNameWithoutFigures() {
        networks.shareNational("twente", true);
        networks.shareNational(UTRECHT, false);
        loginAs("coordinator-of-utrecht", Role.COORDINATOR);
        CurrentNetwork.run(UTRECHT, () -> created.add(organisations.register(
                details("Hospice Zonnehuis " + System.nanoTime(), OrganisationKind.HOSPICE, "Zeist"),
                OrganisationStatus.MEMBER, "test")));

        loginAs("landelijk");
        NetworkFigures utrecht = of(figures.compare(), UTRECHT);
        assertThat(utrecht.shared()).isFalse();
        assertThat(utrecht.name()).isEqualTo(networks.find(UTRECHT).orElseThrow().getName());
        assertThat(utrecht.membersByKind()).isEmpty();
        assertThat(utrecht.admissions()).isEmpty();
        assertThat(utrecht.assignments()).isEmpty();
        assertThat(utrecht.budgets()).isEmpty();
        String export = new String(csv.comparison(TranslationProvider.DUTCH), StandardCharsets.UTF_8);
        assertThat(export.lines()).contains(utrecht.name() + ";deelt geen cijfers");
        assertThat(of(figures.compare(), "twente").shared()).isTrue();
    }

    @Test
    void nobodyOfANetworkReadsTheNationalFigures() {
        for (String user : List.of("coordinator1", "bestuur1", "secretaris", "contact1")) {
            loginAs(user);
            assertThatThrownBy(figures::compare).as(user).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> csv.comparison(TranslationProvider.DUTCH)).as(user)
                    .isInstanceOf(AccessDeniedException.class);
        }
        loginAs("beheerder");
        assertThat(figures.compare()).extracting(NetworkFigures::networkId).contains("twente");
    }

    @Test
    void aCoordinatorRecordsTheBoardsDecisionToShare() {
        loginAs("landelijk");
        assertThatThrownBy(() -> sharing.share(true, "AB 12-2026")).isInstanceOf(AccessDeniedException.class);

        loginAs("coordinator1");
        assertThatThrownBy(() -> sharing.share(true, " ")).isInstanceOf(DomainException.class)
                .hasMessageContaining("national.sharing.decisionRequired");
        sharing.share(false, null);
        assertThat(networks.find("twente").orElseThrow().isShareNational()).isFalse();
        loginAs("landelijk");
        assertThat(of(figures.compare(), "twente").shared()).isFalse();

        loginAs("coordinator1");
        sharing.share(true, "AB-besluit 2026-14");
        assertThat(sharing.myNetwork()).satisfies(n -> {
            assertThat(n.isShareNational()).isTrue();
            assertThat(n.getShareNationalDecision()).isEqualTo("AB-besluit 2026-14");
            assertThat(n.getShareNationalBy()).isEqualTo("coordinator1");
            assertThat(n.getShareNationalSince()).isNotNull();
        });
        assertThat(figures.ofMyNetwork().networkId()).isEqualTo("twente");
    }

    private static NetworkFigures of(List<NetworkFigures> all, String networkId) {
        return all.stream().filter(n -> n.networkId().equals(networkId)).findFirst().orElseThrow();
    }

    private static OrganisationDetails details(String name, OrganisationKind kind, String municipality) {
        return new OrganisationDetails(name, kind, municipality, new BigDecimal("12"), null, false, null, null, List.of());
    }
}
