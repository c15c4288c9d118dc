package nl.netwerkregie.workinggroup;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentVersionRepository extends JpaRepository<AssignmentVersion, Long> {

    List<AssignmentVersion> findByAssignmentIdOrderByNumberAsc(Long assignmentId);

    Optional<AssignmentVersion> findFirstByAssignmentIdOrderByNumberDesc(Long assignmentId);

    /** The latest version of each of those assignments with its milestones, in one query. */
    @org.springframework.data.jpa.repository.Query("""
            select distinct v from AssignmentVersion v left join fetch v.milestones where v.assignmentId in :ids
            and v.number = (select max(l.number) from AssignmentVersion l where l.assignmentId = v.assignmentId)""")
    List<AssignmentVersion> latestOf(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);

    /** (assignment id, number of versions) of those assignments. */
    @org.springframework.data.jpa.repository.Query(
            "select v.assignmentId, count(v) from AssignmentVersion v where v.assignmentId in :ids group by v.assignmentId")
    List<Object[]> countsOf(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);
}
