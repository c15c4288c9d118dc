package nl.netwerkregie.membership;

/** One admission criterion (toelatingscriterium / voorwaarde voor lidmaatschap) of a network profile. */
public record AdmissionCriterion(String code, String text) {
}
