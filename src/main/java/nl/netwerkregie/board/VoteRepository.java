package nl.netwerkregie.board;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface VoteRepository extends JpaRepository<Vote, Long> {

    List<Vote> findByDecisionIdOrderByCastAtAscIdAsc(Long decisionId);

    Optional<Vote> findByDecisionIdAndMemberId(Long decisionId, String memberId);
}
