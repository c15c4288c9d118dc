package nl.netwerkregie.membership;

/** The kinds of organisation in a palliative-care network. Labels: {@code organisation.kind.<NAME>}. */
public enum OrganisationKind {
    HOSPITAL, VVT, GP_ORGANISATION, HOSPICE, VOLUNTEER_ORGANISATION, PSYCHOSOCIAL, SPIRITUAL_CARE, EDUCATION,
    MUNICIPALITY, OTHER
}
