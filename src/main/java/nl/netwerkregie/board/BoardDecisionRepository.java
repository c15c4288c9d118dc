package nl.netwerkregie.board;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BoardDecisionRepository extends JpaRepository<BoardDecision, Long> {

    List<BoardDecision> findAllByOrderByPreparedAtDesc();

    List<BoardDecision> findByCaseTypeAndCaseIdOrderByPreparedAtAsc(String caseType, String caseId);
}
