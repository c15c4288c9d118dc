package nl.netwerkregie.resignation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipEndingRepository extends JpaRepository<MembershipEnding, Long> {

    /** The endings of those organisations. */
    @org.springframework.data.jpa.repository.Query("select e.id from MembershipEnding e where e.organisationId in :organisations")
    java.util.List<Long> idsOfOrganisations(@org.springframework.data.repository.query.Param("organisations") java.util.Collection<Long> organisations);

    /** (ending id, organisation id) of those endings. */
    @org.springframework.data.jpa.repository.Query("select e.id, e.organisationId from MembershipEnding e where e.id in :ids")
    java.util.List<Object[]> organisationIdsOf(
            @org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);


    List<MembershipEnding> findByOrganisationIdOrderByCreatedAtDesc(Long organisationId);

    /** Per year of the end date, how many endings have that status: rows of (year, count). */
    @Query("select extract(year from e.endDate), count(e) from MembershipEnding e where e.status = ?1"
            + " group by extract(year from e.endDate)")
    List<Object[]> countPerEndYear(EndingStatus status);
}
