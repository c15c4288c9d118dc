package nl.netwerkregie.evaluation;

import java.util.List;
import java.util.Optional;
import nl.netwerkregie.shared.DomainException;
import org.springframework.data.jpa.repository.JpaRepository;

interface YearlyEvaluationRepository extends JpaRepository<YearlyEvaluation, Long> {

    List<YearlyEvaluation> findAllByOrderByYearDescIdDesc();

    List<YearlyEvaluation> findByYearOrderByIdDesc(int year);

    boolean existsByStatusNot(EvaluationStatus status);

    boolean existsByYear(int year);

    default YearlyEvaluation require(long id) {
        return findById(id).orElseThrow(() -> new DomainException("evaluation.notFound", String.valueOf(id)));
    }
}
