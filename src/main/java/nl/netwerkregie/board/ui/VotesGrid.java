package nl.netwerkregie.board.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import nl.netwerkregie.board.Vote;
import nl.netwerkregie.security.UserDirectory;
import nl.netwerkregie.shared.format.Formats;

/** Who voted what, when and why. */
class VotesGrid extends Grid<Vote> {

    VotesGrid(List<Vote> votes, UserDirectory users) {
        setId("votes-grid");
        addColumn(v -> users.displayName(v.getMemberId())).setHeader(getTranslation("board.column.member"));
        addColumn(v -> getTranslation("board.vote." + v.getChoice())).setHeader(getTranslation("board.column.vote"));
        addColumn(Vote::getReason).setHeader(getTranslation("board.column.reason")).setFlexGrow(3);
        addColumn(v -> Formats.dateTime(v.getCastAt(), getLocale())).setHeader(getTranslation("board.column.castAt"));
        addColumn(v -> v.getRecordedBy().equals(v.getMemberId()) ? "" : users.displayName(v.getRecordedBy()))
                .setHeader(getTranslation("board.column.recordedBy"));
        setItems(votes);
        setAllRowsVisible(true);
        setEmptyStateText(getTranslation("board.noVotesYet"));
    }
}
