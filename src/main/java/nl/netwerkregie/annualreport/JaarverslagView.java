package nl.netwerkregie.annualreport;

import java.time.Instant;
import java.util.Map;

/**
 * What a reader sees of a stored jaarverslag, with its figures: live for a draft, as submitted once it went to
 * the board.
 */
public record JaarverslagView(long id, int year, JaarverslagStatus status, long version, int submittedVersions,
        Map<Section, String> texts, YearFigures figures, String boardRemarks, Long decisionId, Instant adoptedAt,
        Instant updatedAt, String updatedBy) {

    public String text(Section section) {
        return texts.getOrDefault(section, "");
    }

    /** The same report as the board adopted it, for the PDF that is frozen with it. */
    JaarverslagView adoptedAt(Instant at) {
        return new JaarverslagView(id, year, JaarverslagStatus.ADOPTED, version, submittedVersions, texts, figures,
                boardRemarks, decisionId, at, at, updatedBy);
    }

    public boolean editable() {
        return status.editable();
    }
}
