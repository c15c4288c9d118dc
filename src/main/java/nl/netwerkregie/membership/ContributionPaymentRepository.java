package nl.netwerkregie.membership;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContributionPaymentRepository extends JpaRepository<ContributionPayment, Long> {

    List<ContributionPayment> findByYear(Integer year);

    List<ContributionPayment> findByOrganisationId(Long organisationId);

    Optional<ContributionPayment> findByOrganisationIdAndYear(Long organisationId, Integer year);
}
