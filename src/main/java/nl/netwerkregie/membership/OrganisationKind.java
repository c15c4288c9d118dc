package nl.netwerkregie.membership;

/** The kinds of organisation in a palliative-care network. Labels: {@code organisation.kind.<NAME>}. */
public enum OrganisationKind {
    HOSPITAL, VVT, GP_ORGANISATION, HOSPICE, VOLUNTEER_ORGANISATION, PSYCHOSOCIAL, SPIRITUAL_CARE, EDUCATION,
    MUNICIPALITY, OTHER;

    /**
     * A VPTZ or bijna-thuis-huis works with volunteers by what it is: the contribution rules treat it as a
     * volunteer organisation without the separate box being ticked (the box remains for other kinds).
     */
    public boolean isVolunteers() {
        return this == VOLUNTEER_ORGANISATION;
    }
}
