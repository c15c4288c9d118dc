package nl.netwerkregie.myorganisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationCorrectionRepository extends JpaRepository<OrganisationCorrection, Long> {

    /** The correction proposals of those organisations. */
    @Query("select c.id from OrganisationCorrection c where c.organisationId in :organisations")
    java.util.List<Long> idsOfOrganisations(@org.springframework.data.repository.query.Param("organisations") java.util.Collection<Long> organisations);

    /** (correction id, organisation id) of those corrections. */
    @Query("select c.id, c.organisationId from OrganisationCorrection c where c.id in :ids")
    java.util.List<Object[]> organisationIdsOf(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);

    /** An organisation's proposals with their changes in one query, newest first. */
    @Query("select distinct c from OrganisationCorrection c left join fetch c.changes"
            + " where c.organisationId = ?1 order by c.proposedAt desc, c.id desc")
    List<OrganisationCorrection> findWithChangesByOrganisationId(Long organisationId);

    @Query("select c from OrganisationCorrection c left join fetch c.changes where c.id = ?1")
    Optional<OrganisationCorrection> findWithChangesById(Long id);
}
