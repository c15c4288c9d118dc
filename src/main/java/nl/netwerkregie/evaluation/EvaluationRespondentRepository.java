package nl.netwerkregie.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationRespondentRepository extends JpaRepository<EvaluationRespondent, Long> {

    List<EvaluationRespondent> findByEvaluationIdOrderByIdAsc(long evaluationId);

    List<EvaluationRespondent> findByEvaluationIdIn(java.util.Collection<Long> evaluationIds);
}
