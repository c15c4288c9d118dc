package nl.netwerkregie.workinggroup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WerkgroepMemberRepository extends JpaRepository<WerkgroepMember, Long> {

    List<WerkgroepMember> findByWerkgroepIdOrderByRoleAscStartDateAscIdAsc(Long werkgroepId);

    List<WerkgroepMember> findByOrganisationIdOrderByStartDateAsc(Long organisationId);

    List<WerkgroepMember> findByUsername(String username);
}
