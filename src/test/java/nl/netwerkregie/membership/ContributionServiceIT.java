package nl.netwerkregie.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** What a member owes for a year, what came in, and the refusals that keep the record right. */
@Tag("persistence")
class ContributionServiceIT extends IntegrationTest {

    @Autowired ContributionService contributions;
    @Autowired OrganisationService organisations;
    @Autowired LifeStoryService lifeStories;
    @Autowired TranslationProvider translations;

    private final int thisYear = LocalDate.now().getYear();

    private long member(String name, boolean volunteers) {
        loginAs("coordinator1");
        return organisations.register(new OrganisationDetails(name + " " + System.nanoTime(), OrganisationKind.VVT,
                "Hengelo", new BigDecimal("30"), 40, volunteers, "Bea Bestuurder", "bea@example.org",
                List.of(new OrganisationDetails.Contact("Carla Contact", "carla@example.org", null, null))),
                OrganisationStatus.MEMBER, "Lid bij de start");
    }

    private ContributionLine lineOf(long id) {
        return contributions.year(thisYear).stream().filter(l -> l.organisationId() == id).findFirst().orElseThrow();
    }

    private String refusal(Runnable action, String key) {
        DomainException refused = org.junit.jupiter.api.Assertions.assertThrows(DomainException.class, action::run);
        assertThat(refused.messageKey()).isEqualTo(key);
        return translations.translate(TranslationProvider.DUTCH, refused.messageKey(), refused.arguments());
    }

    @Test
    void aMemberOwesTheYearsContributionUntilItsPaymentIsRecorded() {
        long id = member("Thuiszorg Contributie", false);
        loginAs("bestuur2");
        ContributionLine open = lineOf(id);
        assertThat(open.due()).isEqualByComparingTo(organisations.contributionFor(id, thisYear)).isPositive();
        assertThat(open.state()).isEqualTo(ContributionLine.State.OPEN);
        assertThat(open.outstanding()).isTrue();

        loginAs("secretaris");
        contributions.recordPayment(id, thisYear, open.due(), LocalDate.now());
        assertThat(lineOf(id).state()).isEqualTo(ContributionLine.State.PAID);
        assertThat(lineOf(id).paidOn()).isEqualTo(LocalDate.now());
        String twice = refusal(() -> contributions.recordPayment(id, thisYear, BigDecimal.TEN, LocalDate.now()),
                "contribution.alreadyRecorded");
        assertThat(twice).contains("al vastgelegd", "ongedaan");

        loginAs("coordinator1");
        assertThat(lifeStories.lifeStory(id)).anySatisfy(e -> {
            assertThat(e.whatKey()).isEqualTo("lifestory.contribution.PAID");
            assertThat(e.when()).isEqualTo(LocalDate.now());
        });
        contributions.removePayment(id, thisYear);
        assertThat(lineOf(id).state()).isEqualTo(ContributionLine.State.OPEN);
        contributions.recordPayment(id, thisYear, open.due().subtract(new BigDecimal("0.01")), LocalDate.now());
        assertThat(lineOf(id).state()).isEqualTo(ContributionLine.State.PARTLY_PAID);
        assertThat(lineOf(id).outstanding()).isTrue();
    }

    @Test
    void badPaymentsAreRefusedWithAClearReasonAndRecordNothing() {
        long id = member("Verpleeghuis Contributie", false);
        loginAs("coordinator1");
        refusal(() -> contributions.recordPayment(id, thisYear, null, LocalDate.now()), "contribution.amountRequired");
        refusal(() -> contributions.recordPayment(id, thisYear, BigDecimal.ZERO, LocalDate.now()), "contribution.amountRequired");
        refusal(() -> contributions.recordPayment(id, thisYear, new BigDecimal("10.005"), LocalDate.now()),
                "contribution.amountCents");
        refusal(() -> contributions.recordPayment(id, thisYear, BigDecimal.TEN, null), "contribution.dateRequired");
        refusal(() -> contributions.recordPayment(id, thisYear, BigDecimal.TEN, LocalDate.now().plusDays(1)),
                "contribution.dateInFuture");
        String notOwed = refusal(() -> contributions.recordPayment(id, thisYear - 1, BigDecimal.TEN, LocalDate.now()),
                "contribution.notOwed");
        assertThat(notOwed).contains("geen (proef)lid", String.valueOf(thisYear - 1));
        assertThat(lineOf(id).state()).isEqualTo(ContributionLine.State.OPEN);

        loginAs("bestuur1");
        assertThatThrownBy(() -> contributions.recordPayment(id, thisYear, BigDecimal.TEN, LocalDate.now()))
                .isInstanceOf(AccessDeniedException.class);
        loginAs("contact1");
        assertThatThrownBy(() -> contributions.year(thisYear)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aVolunteerOrganisationInTwenteIsExemptAndAnApplicantOwesNothing() {
        long volunteers = member("VPTZ Contributie", true);
        loginAs("coordinator1");
        long applicant = organisations.register(new OrganisationDetails("Aanvrager " + System.nanoTime(),
                OrganisationKind.HOSPICE, "Almelo", new BigDecimal("5"), 10, false, "B", "b@example.org", List.of()),
                OrganisationStatus.APPLICANT, "Aanvraag");
        assertThat(lineOf(volunteers).state()).isEqualTo(ContributionLine.State.EXEMPT);
        assertThat(lineOf(volunteers).outstanding()).isFalse();
        assertThat(contributions.year(thisYear)).extracting(ContributionLine::organisationId).doesNotContain(applicant);
        assertThat(contributions.lineOf(applicant, thisYear)).isEmpty();
    }

    @Test
    void aVptzIsExemptByItsKindWithoutTheVolunteerBoxTicked() {
        loginAs("coordinator1");
        long vptz = organisations.register(new OrganisationDetails("VPTZ Zonder Vinkje " + System.nanoTime(),
                OrganisationKind.VOLUNTEER_ORGANISATION, "Almelo", new BigDecimal("5"), 80, false, "B",
                "b@example.org", List.of()), OrganisationStatus.MEMBER, "Bestaand lid");
        assertThat(organisations.contributionFor(vptz, thisYear)).as("the kind settles it").isZero();
        assertThat(lineOf(vptz).state()).isEqualTo(ContributionLine.State.EXEMPT);
    }
}
