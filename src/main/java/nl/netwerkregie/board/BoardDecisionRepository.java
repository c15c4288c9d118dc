package nl.netwerkregie.board;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface BoardDecisionRepository extends JpaRepository<BoardDecision, Long> {

    List<BoardDecision> findAllByOrderByPreparedAtDesc();

    /**
     * The decision, its row locked until the transaction ends: votes on one decision are counted one after the
     * other (issue 19: two deciding votes at the same instant each counted the other's vote as missing).
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from BoardDecision d where d.id = :id")
    java.util.Optional<BoardDecision> lockById(@Param("id") Long id);

    /** A page of decisions, without counting them all (a count grows with the list). */
    org.springframework.data.domain.Slice<BoardDecision> findAllBy(org.springframework.data.domain.Pageable page);

    /** A page of the decisions whose subject or question contains the words (Spring escapes % and _ in them). */
    org.springframework.data.domain.Slice<BoardDecision> findBySubjectContainingIgnoreCaseOrQuestionContainingIgnoreCase(
            String subject, String question, org.springframework.data.domain.Pageable page);

    /** The decisions whose subject is like the pattern (lower case, escaped by \\). */
    @org.springframework.data.jpa.repository.Query("select d.id from BoardDecision d where lower(d.subject) like :pattern escape '\\'")
    List<Long> idsWithSubjectLike(@org.springframework.data.repository.query.Param("pattern") String pattern, org.springframework.data.domain.Pageable limit);

    /** (id, subject) of those decisions. */
    @Query("select d.id, d.subject from BoardDecision d where d.id in :ids")
    List<Object[]> subjectsOf(@Param("ids") java.util.Collection<Long> ids);

    List<BoardDecision> findByCaseTypeAndCaseIdOrderByPreparedAtAsc(String caseType, String caseId);

    /** The decisions with that status in which the member is one of the voting members. */
    @Query("select distinct d from BoardDecision d join d.votingMembers m where d.status = :status and m = :member")
    List<BoardDecision> withVoter(@Param("status") DecisionStatus status, @Param("member") String member);
}
