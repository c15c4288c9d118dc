package nl.netwerkregie.admission;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdmissionRepository extends JpaRepository<Admission, Long> {

    /** The admissions of those organisations. */
    @org.springframework.data.jpa.repository.Query("select a.id from Admission a where a.organisationId in :organisations")
    java.util.List<Long> idsOfOrganisations(@org.springframework.data.repository.query.Param("organisations") java.util.Collection<Long> organisations);

    /** (admission id, organisation id) of those admissions. */
    @org.springframework.data.jpa.repository.Query("select a.id, a.organisationId from Admission a where a.id in :ids")
    java.util.List<Object[]> organisationIdsOf(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);

    Optional<Admission> findByInformationToken(String informationToken);

    Optional<Admission> findFirstByOrganisationIdOrderByCreatedAtDesc(Long organisationId);
}
