package nl.netwerkregie.selfevaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StatementRepository extends JpaRepository<Statement, Long> {

    /** The statements in force, in the order of the instrument. */
    List<Statement> findByRemovedAtIsNullOrderByPositionAscIdAsc();

    /** The last position used, for a new statement. */
    @org.springframework.data.jpa.repository.Query("select coalesce(max(s.position), 0) from Statement s")
    int lastPosition();
}
