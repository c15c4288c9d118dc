package nl.netwerkregie.workinggroup;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    List<ProgressReport> findByAssignmentIdOrderBySubmittedAtAscIdAsc(Long assignmentId);

    Optional<ProgressReport> findFirstByAssignmentIdOrderByIdDesc(Long assignmentId);

    List<ProgressReport> findBySubmittedByAndSubmittedAtNotNullOrderBySubmittedAtAsc(String submittedBy);
}
