package nl.netwerkregie.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvaluationQuestionRepository extends JpaRepository<EvaluationQuestion, Long> {

    List<EvaluationQuestion> findAllByOrderByPositionAsc();
}
