package nl.netwerkregie.workinggroup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByWerkgroepIdOrderByCreatedAtAsc(Long werkgroepId);

    List<Assignment> findByWerkgroepIdIn(java.util.Collection<Long> werkgroepIds);

    List<Assignment> findByStatusIn(java.util.Collection<AssignmentStatus> statuses);
}
