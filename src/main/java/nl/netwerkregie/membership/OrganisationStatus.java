package nl.netwerkregie.membership;

/** Where an organisation stands with the network. Labels: {@code organisation.status.<NAME>}. */
public enum OrganisationStatus {
    APPLICANT, TRIAL_MEMBER, MEMBER, FORMER_MEMBER, PARTNER, REJECTED;

    /** Members in the sense of the agreement: they vote in the AB, pay contribution, join werkgroepen. */
    public boolean isMember() {
        return this == TRIAL_MEMBER || this == MEMBER;
    }
}
