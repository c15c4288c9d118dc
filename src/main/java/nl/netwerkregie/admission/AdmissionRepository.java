package nl.netwerkregie.admission;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdmissionRepository extends JpaRepository<Admission, Long> {

    Optional<Admission> findByInformationToken(String informationToken);

    Optional<Admission> findFirstByOrganisationIdOrderByCreatedAtDesc(Long organisationId);
}
