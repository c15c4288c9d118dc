package nl.netwerkregie.workinggroup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WerkgroepMemberRepository extends JpaRepository<WerkgroepMember, Long> {

    List<WerkgroepMember> findByWerkgroepIdOrderByRoleAscStartDateAscIdAsc(Long werkgroepId);

    List<WerkgroepMember> findByOrganisationIdOrderByStartDateAsc(Long organisationId);

    List<WerkgroepMember> findByUsername(String username);

    /** The seats of these organisations held on the day (started, not yet ended). */
    @org.springframework.data.jpa.repository.Query("select s from WerkgroepMember s where s.organisationId in ?1"
            + " and s.startDate <= ?2 and (s.endDate is null or s.endDate > ?2)")
    List<WerkgroepMember> heldBy(java.util.Collection<Long> organisationIds, java.time.LocalDate day);

    /** The organisations that hold at least one seat on the day. */
    @org.springframework.data.jpa.repository.Query("select distinct s.organisationId from WerkgroepMember s"
            + " where s.startDate <= ?1 and (s.endDate is null or s.endDate > ?1)")
    java.util.Set<Long> seatedOn(java.time.LocalDate day);
}
