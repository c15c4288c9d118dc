package nl.netwerkregie.selfevaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SelfEvaluationRepository extends JpaRepository<SelfEvaluation, Long> {

    @Query("select distinct e from SelfEvaluation e left join fetch e.answers where e.id = ?1")
    Optional<SelfEvaluation> findWithAnswersById(Long id);

    /** An organisation's self-evaluations with their answers, oldest first. */
    @Query("select distinct e from SelfEvaluation e left join fetch e.answers where e.organisationId = ?1"
            + " order by e.invitedAt asc, e.id asc")
    List<SelfEvaluation> findWithAnswersByOrganisationId(Long organisationId);

    /** The network's self-evaluations, newest first (a list page: without answers). */
    List<SelfEvaluation> findAllByOrderByInvitedAtDescIdDesc(org.springframework.data.domain.Pageable page);

    /** Those submitted in a period, with their answers. */
    @Query("select distinct e from SelfEvaluation e left join fetch e.answers where e.submittedAt >= :from"
            + " and e.submittedAt < :to order by e.submittedAt asc")
    List<SelfEvaluation> findSubmittedBetween(@Param("from") java.time.Instant from, @Param("to") java.time.Instant to);

    /** Whether the organisation has a self-evaluation that is still being filled in. */
    boolean existsByOrganisationIdAndState(Long organisationId, SelfEvaluationState state);

    /** (id, organisation id) of those self-evaluations: for a page of a task list. */
    @Query("select e.id, e.organisationId from SelfEvaluation e where e.id in :ids")
    List<Object[]> organisationIdsOf(@Param("ids") Collection<Long> ids);

    @Query("select e.id from SelfEvaluation e where e.organisationId in :organisations")
    List<Long> idsOfOrganisations(@Param("organisations") Collection<Long> organisations);
}
