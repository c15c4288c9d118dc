package nl.netwerkregie.resignation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MembershipEndingRepository extends JpaRepository<MembershipEnding, Long> {

    List<MembershipEnding> findByOrganisationIdOrderByCreatedAtDesc(Long organisationId);

    /** Per year of the end date, how many endings have that status: rows of (year, count). */
    @Query("select extract(year from e.endDate), count(e) from MembershipEnding e where e.status = ?1"
            + " group by extract(year from e.endDate)")
    List<Object[]> countPerEndYear(EndingStatus status);
}
