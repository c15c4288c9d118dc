package nl.netwerkregie.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@Tag("persistence")
public class OrganisationServiceIT extends IntegrationTest {

    @Autowired
    OrganisationService organisations;
    @Autowired
    MembershipSteps membership;

    public static OrganisationDetails details(String name, String municipality, String fte) {
        return new OrganisationDetails(name, OrganisationKind.VVT, municipality, fte == null ? null : new BigDecimal(fte),
                40, false, "Bea Bestuurder", "bea@example.org",
                List.of(new OrganisationDetails.Contact("Carla Contact", "carla@example.org", null, null)));
    }

    @Test
    void registersWithHistoryAndComputesTheContribution() {
        loginAs("coordinator1");
        long id = organisations.register(details("Zorg Almelo " + System.nanoTime(), "Almelo", "150"),
                OrganisationStatus.MEMBER, "Bestaand lid");
        Organisation saved = organisations.get(id);
        assertThat(saved.getStatus()).isEqualTo(OrganisationStatus.MEMBER);
        assertThat(saved.getContacts()).extracting(ContactPerson::name).containsExactly("Carla Contact");
        assertThat(organisations.history(id)).extracting(StatusChange::getStatus, StatusChange::getChangedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OrganisationStatus.MEMBER, "coordinator1"));

        int year = 2031;
        assertThat(organisations.contributionFor(id, year)).isEqualByComparingTo("750.00");
        organisations.setContributionBase(year, new BigDecimal("300.00"), "coordinator1");
        assertThat(organisations.contributionFor(id, year)).isEqualByComparingTo("900.00");
    }

    @Test
    void statusChangesAreKeptInOrder() {
        loginAs("coordinator1");
        long id = organisations.register(details("Hospice Wierden " + System.nanoTime(), "Wierden", "10"),
                OrganisationStatus.TRIAL_MEMBER, "Toegelaten");
        membership.changeStatus(id, OrganisationStatus.MEMBER, LocalDate.of(2030, 1, 1), "Proefjaar goed doorlopen", "system");
        assertThat(organisations.get(id).getStatus()).isEqualTo(OrganisationStatus.MEMBER);
        assertThat(organisations.history(id)).extracting(StatusChange::getStatus)
                .containsExactly(OrganisationStatus.TRIAL_MEMBER, OrganisationStatus.MEMBER);
    }

    @Test
    void refusesADuplicateOfAnActiveOrganisation() {
        loginAs("coordinator1");
        assertThatThrownBy(() -> organisations.register(details("  medisch spectrum twente ", "Enschede", "10"),
                OrganisationStatus.MEMBER, null))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("organisation.duplicate");
    }

    @Test
    void refusesAMunicipalityOutsideTheRegion() {
        loginAs("coordinator1");
        assertThatThrownBy(() -> organisations.register(details("Zorg Zeist", "Zeist", "10"), OrganisationStatus.MEMBER, null))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("organisation.municipalityOutsideRegion");
    }

    @Test
    void refusesInvalidDetails() {
        loginAs("coordinator1");
        OrganisationDetails noName = new OrganisationDetails(" ", OrganisationKind.VVT, "Almelo", null, null, false,
                null, "not-an-email", List.of());
        assertThatThrownBy(() -> organisations.register(noName, OrganisationStatus.MEMBER, null))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("name").hasMessageContaining("bestuurderEmail");
    }

    @Test
    void onlyCoordinatorsAndTheSecretaryRegister() {
        loginAs("bestuur1", Role.BOARD_MEMBER);
        assertThatThrownBy(() -> organisations.register(details("X", "Almelo", "1"), OrganisationStatus.MEMBER, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anUpdateBasedOnAnOldVersionIsRefused() {
        loginAs("coordinator1");
        long id = organisations.register(details("Zorg Losser " + System.nanoTime(), "Losser", "20"),
                OrganisationStatus.MEMBER, null);
        long version = organisations.get(id).getVersion();
        organisations.update(id, version, details("Zorg Losser A " + id, "Losser", "21"));
        assertThatThrownBy(() -> organisations.update(id, version, details("Zorg Losser B " + id, "Losser", "22")))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageKey()).isEqualTo("error.concurrentEdit");
        assertThat(organisations.get(id).getName()).isEqualTo("Zorg Losser A " + id);
    }
}
