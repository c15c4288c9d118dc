package nl.netwerkregie.membership;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.shared.Pages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member list with each organisation's werkgroepen, for every logged-in role. A page at a time (issue 15):
 * the page's organisations, then the seats of just those; the filter "without werkgroep" reads the ids of the
 * organisations holding a seat (bounded by the network's membership, not by its history).
 */
@Service
public class MemberListService {

    private static final Sort BY_NAME = Sort.by("name");

    private final OrganisationRepository organisations;
    private final ObjectProvider<WerkgroepParticipation> participation;
    private final CurrentUser currentUser;

    MemberListService(OrganisationRepository organisations, ObjectProvider<WerkgroepParticipation> participation,
            CurrentUser currentUser) {
        this.organisations = organisations;
        this.participation = participation;
        this.currentUser = currentUser;
    }

    /** Every member, trial member and former member by name, each with its werkgroepen today (tests, exports). */
    @Transactional(readOnly = true)
    public List<MemberListEntry> entries() {
        return page(MemberListFilter.ALL, PageRequest.of(0, Pages.MOST));
    }

    /** A page of the members the filter shows, by name unless the page sorts otherwise; three queries at most. */
    @Transactional(readOnly = true)
    public List<MemberListEntry> page(MemberListFilter filter, Pageable page) {
        requireLoggedIn();
        Set<OrganisationStatus> statuses = filter.statuses();
        if (statuses.isEmpty()) {
            return List.of();
        }
        WerkgroepParticipation seats = participation.getIfAvailable();
        Set<Long> seated = filter.withoutWerkgroep() && seats != null ? seats.seatedToday() : Set.of();
        // "not in ()" is no SQL: an id no organisation has stands in for nobody seated.
        List<Organisation> listed = organisations.memberListPage(statuses, filter.kind(), filter.withoutWerkgroep(),
                seated.isEmpty() ? Set.of(-1L) : seated, Pages.bounded(page, BY_NAME)).getContent();
        return withWerkgroepen(listed, seats);
    }

    /** The samenwerkingspartners, by name: not members, listed apart (a handful per network). */
    @Transactional(readOnly = true)
    public List<MemberListEntry> partners() {
        requireLoggedIn();
        List<Organisation> partners = organisations.memberListPage(Set.of(OrganisationStatus.PARTNER), null, false,
                Set.of(-1L), PageRequest.of(0, Pages.MOST, BY_NAME)).getContent();
        return withWerkgroepen(partners, participation.getIfAvailable());
    }

    private static List<MemberListEntry> withWerkgroepen(List<Organisation> listed, WerkgroepParticipation seats) {
        Map<Long, List<String>> held = seats == null ? Map.of()
                : seats.werkgroepenOf(listed.stream().map(Organisation::getId).toList());
        return listed.stream().map(o -> new MemberListEntry(o, held.getOrDefault(o.getId(), List.of()))).toList();
    }

    private void requireLoggedIn() {
        if (!currentUser.isAuthenticated()) {
            throw new AccessDeniedException("Not logged in");
        }
    }
}
