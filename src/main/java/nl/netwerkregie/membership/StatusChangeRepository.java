package nl.netwerkregie.membership;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {

    List<StatusChange> findByOrganisationIdOrderByEffectiveDateAscIdAsc(Long organisationId);
}
