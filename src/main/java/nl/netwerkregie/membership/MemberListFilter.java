package nl.netwerkregie.membership;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the Ledenlijst shows of the members: one status (or every member status), one kind (or all), and perhaps
 * only the members that sit in no werkgroep.
 *
 * @param status           member, trial member or former member; null for all three
 * @param kind             the kind of organisation, or null for all
 * @param withoutWerkgroep only current (trial) members whose people hold no seat: they miss the condition
 */
public record MemberListFilter(OrganisationStatus status, OrganisationKind kind, boolean withoutWerkgroep) {

    /** The statuses the member list shows; partners are listed apart, applicants not at all. */
    public static final Set<OrganisationStatus> MEMBER_STATUSES =
            EnumSet.of(OrganisationStatus.MEMBER, OrganisationStatus.TRIAL_MEMBER, OrganisationStatus.FORMER_MEMBER);

    /** Every member, former ones included. */
    public static final MemberListFilter ALL = new MemberListFilter(null, null, false);

    /** The statuses to read: the one chosen, and only current ones when looking for members without a seat. */
    Set<OrganisationStatus> statuses() {
        Set<OrganisationStatus> wanted = status == null ? EnumSet.copyOf(MEMBER_STATUSES) : EnumSet.of(status);
        if (withoutWerkgroep) {
            wanted.removeIf(s -> !s.isMember());
        }
        return wanted;
    }
}
