package nl.netwerkregie.board;

/**
 * The count of a decision and the majority rule: adopted when more members voted yes than no (a simple
 * majority of the votes cast); abstentions and recusals are not votes cast; a tie is not adopted. With a
 * quorum, at least that many members must take part (yes, no or abstain).
 *
 * @param notYetVoted voting members who have neither voted nor recused
 */
public record Tally(int yes, int no, int abstain, int recused, int notYetVoted, int quorum) {

    public int takingPart() {
        return yes + no + abstain;
    }

    public boolean quorumMet() {
        return quorum <= 0 || takingPart() >= quorum;
    }

    public boolean adopted() {
        return quorumMet() && yes > no;
    }

    /**
     * True when the remaining votes cannot change the outcome any more: even if every member who has not
     * voted votes no, it is adopted; or even if they all vote yes, it is not.
     */
    public boolean settled() {
        if (notYetVoted == 0) {
            return true;
        }
        boolean adoptionCertain = yes > no + notYetVoted && quorumMet();
        boolean rejectionCertain = yes + notYetVoted <= no;
        return adoptionCertain || rejectionCertain;
    }

    public boolean anyVotes() {
        return yes + no + abstain + recused > 0;
    }
}
