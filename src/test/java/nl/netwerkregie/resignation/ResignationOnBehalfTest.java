package nl.netwerkregie.resignation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.netwerkregie.IntegrationTest;
import nl.netwerkregie.membership.LifeEvent;
import nl.netwerkregie.membership.LifeStoryService;
import nl.netwerkregie.membership.MembershipSteps;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.resignation.process.EndingEngine;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.task.TaskGuard;
import nl.netwerkregie.shared.task.TaskListService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resignation a coordinator records on the member's behalf is dated on the day it was received, and the end date
 * counts from that day (Twente: 3 months' notice). A member contact's own resignation is received today.
 */
@Tag("persistence")
class ResignationOnBehalfTest extends IntegrationTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired ResignationService endings;
    @Autowired ResignationQueries queries;
    @Autowired OrganisationService organisations;
    @Autowired MembershipSteps membership;
    @Autowired LifeStoryService lifeStories;
    @Autowired NetworkRules rules;
    @Autowired MembershipEndingRepository endingRepository;
    @Autowired TaskGuard taskGuard;
    @Autowired TaskListService tasks;
    @Autowired EndingEngine engine;
    @Autowired CurrentUser currentUser;
    @Autowired Clock clock;

    /** A member since today whose contact person is the given user. */
    private long member(String contactUser) {
        return organisations.create(new OrganisationDetails("Zorg Hengelo " + System.nanoTime(), OrganisationKind.VVT,
                "Hengelo", new BigDecimal("30"), 50, false, "Bea Bestuurder", "bea@example.org",
                List.of(new OrganisationDetails.Contact("Carla Contact", "carla@example.org", null, contactUser))),
                OrganisationStatus.MEMBER, "Test", "test");
    }

    /** The same service, on another day (the clock of the rest of the application is left alone). */
    private ResignationService on(LocalDate today) {
        Clock fixed = Clock.fixed(today.atTime(10, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM);
        return new ResignationService(endingRepository, queries, organisations, taskGuard, tasks, engine, currentUser, fixed);
    }

    @Test
    void aLetterReceivedOn30SeptemberButEnteredOn1OctoberEndsAsIfEnteredOn30September() {
        assertThat(rules.current().id()).isEqualTo("twente");
        int year = LocalDate.now(clock).getYear() + 1;
        long organisationId = member("contact2");
        loginAs("coordinator1");
        membership.changeStatus(organisationId, OrganisationStatus.MEMBER, LocalDate.of(2020, 1, 1), "Lid sinds 2020", "test");
        ResignationService firstOfOctober = on(LocalDate.of(year, 10, 1));
        LocalDate received = LocalDate.of(year, 9, 30);

        ResignationPreview preview = firstOfOctober.preview(organisationId, "Onze brief van 29 september.", received);
        assertThat(preview.onBehalf()).isTrue();
        assertThat(preview.endDate()).isEqualTo(LocalDate.of(year, 12, 31));
        assertThat(queries.openEndingOf(organisationId)).as("a preview starts nothing").isEmpty();

        long endingId = firstOfOctober.resign(organisationId, "Onze brief van 29 september.", received);
        MembershipEnding ending = queries.get(endingId);
        assertThat(ending.getReceivedOn()).isEqualTo(received);
        assertThat(ending.getEndDate()).as("not %s, as entering it today would give", LocalDate.of(year + 1, 12, 31))
                .isEqualTo(LocalDate.of(year, 12, 31));
        assertThat(ending.isRecordedOnBehalf()).isTrue();
        assertThat(ending.getSubmittedBy()).isEqualTo("coordinator1");
        assertThat(lifeStories.lifeStory(organisationId))
                .filteredOn(e -> e.whatKey().equals("lifestory.ending.RESIGNATION.onBehalf"))
                .singleElement()
                .satisfies(e -> assertThat(e.when()).isEqualTo(received))
                .satisfies(e -> assertThat(e.whatArgs()).containsExactly(java.time.LocalDate.of(year, 12, 31), java.time.LocalDate.of(year, 10, 1), "Anouk Jansen"));
    }

    /** The resignation with that received date is refused with that message, and nothing is recorded. */
    private void refused(ResignationService service, long organisationId, LocalDate receivedOn, String messageKey) {
        assertThatThrownBy(() -> service.resign(organisationId, "Per brief.", receivedOn))
                .isInstanceOf(DomainException.class).hasMessageContaining(messageKey);
        assertThat(queries.openEndingOf(organisationId)).isEmpty();
    }

    @Test
    void theReceivedDateIsRequiredNotInTheFutureNotBeforeTheMembershipAndNotSoLateItsEndDateHasPassed() {
        long organisationId = member("contact2");
        loginAs("coordinator1");
        LocalDate today = LocalDate.now(clock);
        refused(endings, organisationId, today.plusDays(1), "resignation.receivedOnInFuture");
        refused(endings, organisationId, null, "resignation.receivedOnRequired");
        refused(endings, organisationId, today.minusDays(1), "resignation.receivedOnBeforeMembership");

        int year = today.getYear() + 1;
        membership.changeStatus(organisationId, OrganisationStatus.MEMBER, LocalDate.of(2020, 1, 1), "Lid sinds 2020", "test");
        refused(on(LocalDate.of(year + 1, 2, 1)), organisationId, LocalDate.of(year, 9, 30), "resignation.receivedOnEndDatePassed");
    }

    @Test
    void aMemberContactsOwnResignationIsReceivedTodayAndCannotNameAnotherDay() {
        long organisationId = member("contact1");
        loginAs("contact1");
        LocalDate today = LocalDate.now(clock);
        refused(endings, organisationId, today.minusDays(1), "resignation.receivedOnOnlyOnBehalf");

        long endingId = endings.resign(organisationId, "Per brief.", null);
        MembershipEnding ending = queries.get(endingId);
        assertThat(ending.getReceivedOn()).isEqualTo(today);
        assertThat(ending.getEndDate()).isEqualTo(queries.endDateIfResignedToday());
        assertThat(ending.isRecordedOnBehalf()).isFalse();
        loginAs("coordinator1");
        assertThat(lifeStories.lifeStory(organisationId)).extracting(LifeEvent::whatKey)
                .contains("lifestory.ending.RESIGNATION").doesNotContain("lifestory.ending.RESIGNATION.onBehalf");
    }
}
