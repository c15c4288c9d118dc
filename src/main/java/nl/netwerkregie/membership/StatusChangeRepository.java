package nl.netwerkregie.membership;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StatusChangeRepository extends JpaRepository<StatusChange, Long> {

    List<StatusChange> findByOrganisationIdOrderByEffectiveDateAscIdAsc(Long organisationId);

    /** Every status change of the network, per organisation in order: one read for a whole year's list. */
    List<StatusChange> findAllByOrderByOrganisationIdAscEffectiveDateAscIdAsc();

    /**
     * Per year, how many organisations first got one of the statuses that year (no earlier change to one of them):
     * rows of (year, count).
     */
    @Query("""
            select extract(year from s.effectiveDate), count(s) from StatusChange s where s.status in ?1
            and not exists (select e from StatusChange e where e.organisationId = s.organisationId and e.status in ?1
                and (e.effectiveDate < s.effectiveDate or (e.effectiveDate = s.effectiveDate and e.id < s.id)))
            group by extract(year from s.effectiveDate)""")
    List<Object[]> countFirstPerYear(Collection<OrganisationStatus> statuses);
}
