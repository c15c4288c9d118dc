package nl.netwerkregie.board;

import java.util.List;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notes on a decision (what happened besides the votes), for the decision page. */
@Service
public class BoardDecisionNotes {

    private final BoardDecisionNoteRepository notes;
    private final CurrentUser currentUser;

    BoardDecisionNotes(BoardDecisionNoteRepository notes, CurrentUser currentUser) {
        this.notes = notes;
        this.currentUser = currentUser;
    }

    /** The decision's notes, oldest first. Coordinators, the secretary and board members. */
    @Transactional(readOnly = true)
    public List<BoardDecisionNote> of(long decisionId) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        return notes.findByDecisionIdOrderByNotedAtAscIdAsc(decisionId);
    }
}
