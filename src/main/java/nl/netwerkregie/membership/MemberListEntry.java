package nl.netwerkregie.membership;

import java.util.List;

/** A row of the member list: the organisation and the werkgroepen where its people sit today. */
public record MemberListEntry(Organisation organisation, List<String> werkgroepen) {

    public MemberListEntry {
        werkgroepen = List.copyOf(werkgroepen);
    }

    /** A current (trial) member without a werkgroep seat: it does not meet the participation condition. */
    public boolean missesWerkgroep() {
        return organisation.getStatus().isMember() && werkgroepen.isEmpty();
    }
}
