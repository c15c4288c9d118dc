package nl.netwerkregie.resignation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipEndingRepository extends JpaRepository<MembershipEnding, Long> {

    List<MembershipEnding> findByOrganisationIdOrderByCreatedAtDesc(Long organisationId);
}
