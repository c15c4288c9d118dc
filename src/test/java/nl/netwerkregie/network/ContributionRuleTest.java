package nl.netwerkregie.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The contribution rules of both shipped network profiles, at their boundaries. */
class ContributionRuleTest {

    static NetworkProfile profile(String name) throws IOException {
        return NetworkProfileConfig.read(new ClassPathResource("networks/" + name + ".yaml"));
    }

    static BigDecimal euros(String amount) {
        return new BigDecimal(amount);
    }

    static ContributionBasis fte(String fte) {
        return new ContributionBasis(false, new BigDecimal(fte), null);
    }

    static ContributionBasis staff(int count) {
        return new ContributionBasis(false, null, count);
    }

    @Test
    void twente_volunteerOrganisationsAreExempt() throws IOException {
        ContributionRule rule = profile("twente").contribution();
        assertThat(rule.contributionFor(new ContributionBasis(true, new BigDecimal("500"), 300), euros("250")))
                .isEqualByComparingTo("0.00");
    }

    @Test
    void twente_exactly100FtePaysTheBaseAmount() throws IOException {
        assertThat(profile("twente").contribution().contributionFor(fte("100"), euros("250"))).isEqualByComparingTo("250.00");
    }

    @Test
    void twente_101FtePaysThreeTimesTheBase() throws IOException {
        assertThat(profile("twente").contribution().contributionFor(fte("101"), euros("250"))).isEqualByComparingTo("750.00");
    }

    @Test
    void twente_justOver100FteIsAlreadyLarge() throws IOException {
        assertThat(profile("twente").contribution().contributionFor(fte("100.01"), euros("250"))).isEqualByComparingTo("750.00");
    }

    @Test
    void twente_theBaseAmountIsTheBoardsForTheYear() throws IOException {
        ContributionRule rule = profile("twente").contribution();
        assertThat(rule.contributionFor(fte("12"), euros("312.50"))).isEqualByComparingTo("312.50");
        assertThat(rule.defaultBaseAmount()).isEqualByComparingTo("250.00");
    }

    @Test
    void utrecht_volunteerOrganisationsAreExempt() throws IOException {
        assertThat(profile("utrecht").contribution().contributionFor(new ContributionBasis(true, null, 200), null))
                .isEqualByComparingTo("0.00");
    }

    @Test
    void utrecht_19StaffIsSmall() throws IOException {
        assertThat(profile("utrecht").contribution().contributionFor(staff(19), null)).isEqualByComparingTo("100.00");
    }

    @Test
    void utrecht_20StaffIsLarge() throws IOException {
        assertThat(profile("utrecht").contribution().contributionFor(staff(20), null)).isEqualByComparingTo("300.00");
    }

    @Test
    void bothProfilesLoadWithTheirBoardRegionAndCriteria() throws IOException {
        NetworkProfile twente = profile("twente");
        assertThat(twente.boardName()).isEqualTo("Dagelijks bestuur");
        assertThat(twente.boardMembers()).hasSize(8);
        assertThat(twente.admissionCriteria()).hasSize(12);
        assertThat(twente.coversMunicipality("hof van twente")).isTrue();
        assertThat(twente.coversMunicipality("Zeist")).isFalse();
        assertThat(twente.notice().noticeMonths()).isEqualTo(3);

        NetworkProfile utrecht = profile("utrecht");
        assertThat(utrecht.boardName()).isEqualTo("Stuurgroep");
        assertThat(utrecht.admissionCriteria()).hasSize(4);
        assertThat(utrecht.coversMunicipality("Wijk bij Duurstede")).isTrue();
        assertThat(utrecht.notice().noticeMonths()).isZero();
        assertThat(utrecht.trialDuration()).isEqualTo(java.time.Period.ofYears(1));
    }
}
