package nl.netwerkregie.myorganisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationCorrectionRepository extends JpaRepository<OrganisationCorrection, Long> {

    /** An organisation's proposals with their changes in one query, newest first. */
    @Query("select distinct c from OrganisationCorrection c left join fetch c.changes"
            + " where c.organisationId = ?1 order by c.proposedAt desc, c.id desc")
    List<OrganisationCorrection> findWithChangesByOrganisationId(Long organisationId);

    @Query("select c from OrganisationCorrection c left join fetch c.changes where c.id = ?1")
    Optional<OrganisationCorrection> findWithChangesById(Long id);
}
