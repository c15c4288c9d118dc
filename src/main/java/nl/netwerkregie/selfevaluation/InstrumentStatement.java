package nl.netwerkregie.selfevaluation;

/** A statement of the instrument as the editor shows it. */
public record InstrumentStatement(long id, String section, String text) {
}
