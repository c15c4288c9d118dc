package nl.netwerkregie.membership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContributionPaymentRepository extends JpaRepository<ContributionPayment, Long> {

    List<ContributionPayment> findByYear(Integer year);

    List<ContributionPayment> findByOrganisationId(Long organisationId);

    Optional<ContributionPayment> findByOrganisationIdAndYear(Long organisationId, Integer year);

    /** The sum of the payments for that contribution year; null when none came in. */
    @org.springframework.data.jpa.repository.Query("select sum(p.amount) from ContributionPayment p where p.year = :year")
    java.math.BigDecimal totalOfYear(@org.springframework.data.repository.query.Param("year") Integer year);
}
