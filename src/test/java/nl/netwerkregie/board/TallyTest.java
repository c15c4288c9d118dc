package nl.netwerkregie.board;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The majority rule and when the outcome can no longer change, for a board of eight. */
class TallyTest {

    @ParameterizedTest(name = "yes={0} no={1} abstain={2} recused={3} open={4} quorum={5}: settled={6} adopted={7}")
    @CsvSource({
            // yes, no, abstain, recused, notYetVoted, quorum, settled, adopted
            "5, 0, 0, 0, 3, 0, true,  true",
            "4, 0, 0, 0, 4, 0, false, true",
            "0, 4, 0, 0, 4, 0, true,  false",
            "0, 3, 0, 0, 5, 0, false, false",
            "4, 4, 0, 0, 0, 0, true,  false",
            "3, 2, 3, 0, 0, 0, true,  true",
            "1, 1, 0, 0, 6, 0, false, false",
            "2, 0, 0, 0, 6, 0, false, true",
            "0, 0, 0, 0, 8, 0, false, false",
            "3, 3, 0, 1, 1, 0, false, false",
            "0, 0, 8, 0, 0, 0, true,  false",
            // quorum 5: three yes is a majority of votes cast but too few members took part
            "3, 0, 0, 0, 0, 5, true,  false",
            "3, 0, 2, 0, 0, 5, true,  true",
            "5, 0, 0, 0, 3, 6, false, false"})
    void majorityOfVotesCast(int yes, int no, int abstain, int recused, int open, int quorum, boolean settled, boolean adopted) {
        Tally tally = new Tally(yes, no, abstain, recused, open, quorum);
        assertThat(tally.settled()).as("settled").isEqualTo(settled);
        assertThat(tally.adopted()).as("adopted").isEqualTo(adopted);
    }
}
