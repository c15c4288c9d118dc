package nl.netwerkregie.workinggroup;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentVersionRepository extends JpaRepository<AssignmentVersion, Long> {

    List<AssignmentVersion> findByAssignmentIdOrderByNumberAsc(Long assignmentId);

    Optional<AssignmentVersion> findFirstByAssignmentIdOrderByNumberDesc(Long assignmentId);
}
