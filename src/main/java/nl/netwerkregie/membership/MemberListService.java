package nl.netwerkregie.membership;

import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The member list with each organisation's werkgroepen, for every logged-in role. */
@Service
public class MemberListService {

    private final OrganisationService organisations;
    private final ObjectProvider<WerkgroepParticipation> participation;

    MemberListService(OrganisationService organisations, ObjectProvider<WerkgroepParticipation> participation) {
        this.organisations = organisations;
        this.participation = participation;
    }

    /** Members, trial members, former members and partners by name, each with its werkgroepen today. */
    @Transactional(readOnly = true)
    public List<MemberListEntry> entries() {
        List<Organisation> listed = organisations.memberList();
        WerkgroepParticipation source = participation.getIfAvailable();
        Map<Long, List<String>> seats = source == null ? Map.of() : source.werkgroepenPerOrganisation();
        return listed.stream().map(o -> new MemberListEntry(o, seats.getOrDefault(o.getId(), List.of()))).toList();
    }
}
