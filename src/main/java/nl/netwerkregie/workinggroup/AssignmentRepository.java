package nl.netwerkregie.workinggroup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssignmentRepository extends JpaRepository<Assignment, Long> {

    List<Assignment> findByWerkgroepIdOrderByCreatedAtAsc(Long werkgroepId);

    /** The assignments of the werkgroepen whose name is like the pattern (lower case, escaped by \\). */
    @org.springframework.data.jpa.repository.Query("select a.id from Assignment a, Werkgroep w where w.id = a.werkgroepId and lower(w.name) like :pattern escape '\\'")
    java.util.List<Long> idsOfWerkgroepsLike(@org.springframework.data.repository.query.Param("pattern") String pattern, org.springframework.data.domain.Pageable limit);

    /** (assignment id, werkgroep name) of those assignments. */
    @org.springframework.data.jpa.repository.Query("select a.id, w.name from Assignment a, Werkgroep w where w.id = a.werkgroepId and a.id in :ids")
    java.util.List<Object[]> werkgroepNamesOf(@org.springframework.data.repository.query.Param("ids") java.util.Collection<Long> ids);

    List<Assignment> findByWerkgroepIdIn(java.util.Collection<Long> werkgroepIds);

    List<Assignment> findByStatusIn(java.util.Collection<AssignmentStatus> statuses);

    /**
     * How many assignments per theme (of the version last submitted, else of the werkgroep; null for none) and
     * status: rows of (theme, status, count).
     */
    @org.springframework.data.jpa.repository.Query("""
            select coalesce(v.theme, w.theme), a.status, count(a) from Assignment a, Werkgroep w, AssignmentVersion v
            where w.id = a.werkgroepId and v.assignmentId = a.id
            and v.number = (select max(l.number) from AssignmentVersion l where l.assignmentId = a.id)
            group by coalesce(v.theme, w.theme), a.status""")
    List<Object[]> countByThemeAndStatus();
}
