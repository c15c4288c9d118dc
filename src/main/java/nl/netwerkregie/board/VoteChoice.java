package nl.netwerkregie.board;

/** A member's vote. Abstentions and recusals are recorded but not counted as votes cast. */
public enum VoteChoice {
    YES, NO, ABSTAIN, RECUSED
}
