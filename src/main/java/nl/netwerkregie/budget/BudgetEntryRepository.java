package nl.netwerkregie.budget;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BudgetEntryRepository extends JpaRepository<BudgetEntry, Long> {

    List<BudgetEntry> findByYearOrderByEntryDateAscIdAsc(int year);

    /** (assignment id, sum of spending) over every year, for those assignments. */
    @Query("""
            select e.assignmentId, sum(e.amount) from BudgetEntry e where e.assignmentId in :ids
            and e.kind = nl.netwerkregie.budget.EntryKind.SPENDING group by e.assignmentId""")
    List<Object[]> spentOnAssignments(@Param("ids") Collection<Long> ids);
}
