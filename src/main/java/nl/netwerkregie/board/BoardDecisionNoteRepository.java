package nl.netwerkregie.board;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BoardDecisionNoteRepository extends JpaRepository<BoardDecisionNote, Long> {

    List<BoardDecisionNote> findByDecisionIdOrderByNotedAtAscIdAsc(Long decisionId);
}
