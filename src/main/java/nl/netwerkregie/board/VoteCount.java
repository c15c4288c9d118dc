package nl.netwerkregie.board;

import java.time.Instant;

/**
 * How far a vote is, as a board member is told after voting: how many of the members entitled to vote have voted,
 * whether it is still open and until when. Counts only, no choices: those stay hidden where the rules hide them.
 */
public record VoteCount(int cast, int entitled, boolean open, Instant deadline) {
}
