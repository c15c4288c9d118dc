package nl.netwerkregie.workinggroup;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    List<ProgressReport> findByAssignmentIdOrderBySubmittedAtAscIdAsc(Long assignmentId);

    Optional<ProgressReport> findFirstByAssignmentIdOrderByIdDesc(Long assignmentId);

    /** (assignment id, due date) of the latest report of each of those assignments, in one query. */
    @org.springframework.data.jpa.repository.Query("""
            select r.assignmentId, r.dueDate from ProgressReport r where r.assignmentId in :ids
            and r.id = (select max(l.id) from ProgressReport l where l.assignmentId = r.assignmentId)""")
    List<Object[]> latestDueOf(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);

    List<ProgressReport> findBySubmittedByAndSubmittedAtNotNullOrderBySubmittedAtAsc(String submittedBy);

    /** (assignment id, budget used) of the latest report of each of those assignments that states a budget used. */
    @org.springframework.data.jpa.repository.Query("""
            select r.assignmentId, r.budgetUsed from ProgressReport r where r.assignmentId in :ids
            and r.id = (select max(l.id) from ProgressReport l where l.assignmentId = r.assignmentId
            and l.budgetUsed is not null)""")
    List<Object[]> latestBudgetUsedOf(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);
}
