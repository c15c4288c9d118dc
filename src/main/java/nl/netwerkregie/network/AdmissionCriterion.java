package nl.netwerkregie.network;

/** One admission criterion (toelatingscriterium / voorwaarde voor lidmaatschap) of a network profile. */
public record AdmissionCriterion(String code, String text) {
}
