package nl.netwerkregie.resignation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.StatusChange;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.task.TaskRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the resignation feature shows: an organisation's endings, the end date the notice rule gives, the
 * organisations someone may resign for. The endings come back as {@link MembershipEnding}, whose changes only
 * this package can make. Changes go through {@link ResignationService}.
 */
@Service
public class ResignationQueries {

    private final MembershipEndingRepository endings;
    private final OrganisationService organisations;
    private final NetworkRules rules;
    private final CurrentUser currentUser;
    private final Clock clock;

    ResignationQueries(MembershipEndingRepository endings, OrganisationService organisations, NetworkRules rules,
            CurrentUser currentUser, Clock clock) {
        this.endings = endings;
        this.organisations = organisations;
        this.rules = rules;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The end date if the resignation were received today, by the network's notice rule; shown before submitting. */
    public LocalDate endDateIfResignedToday() {
        return endDateIfReceivedOn(LocalDate.now(clock));
    }

    /**
     * The end date of a resignation received on that day, by the network's notice rule: what a coordinator sees for
     * the date a letter came in, and what {@link ResignationService#resign} stores.
     */
    public LocalDate endDateIfReceivedOn(LocalDate receivedOn) {
        return rules.current().notice().endDateFor(receivedOn);
    }

    /** The last day an organisation may respond to a termination proposed on that day. */
    LocalDate responseDeadlineIfProposedOn(LocalDate proposedOn) {
        return proposedOn.plus(rules.current().terminationResponsePeriod());
    }

    /** The endings of the organisations whose name contains the text. Checks no role. */
    @Transactional(readOnly = true)
    public java.util.List<Long> idsOfOrganisationsNamedLike(String text) {
        java.util.List<Long> named = organisations.idsNamedLike(text);
        return named.isEmpty() ? java.util.List.of() : endings.idsOfOrganisations(named);
    }

    /** The organisation (id and name) of each of those endings, in two queries: for a page of a task list. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, OrganisationOfEnding> organisationsOf(java.util.Collection<Long> endingIds) {
        java.util.Map<Long, Long> organisationIds = nl.netwerkregie.shared.IdRows.byId(endingIds,
                endings::organisationIdsOf, row -> (Long) row[1]);
        java.util.Map<Long, String> names = organisations.namesOf(organisationIds.values());
        java.util.Map<Long, OrganisationOfEnding> byEnding = new java.util.HashMap<>();
        organisationIds.forEach((ending, organisation) -> byEnding.put(ending,
                new OrganisationOfEnding(organisation, names.get(organisation))));
        return byEnding;
    }

    /** The organisation an ending is of, as lists name it. */
    public record OrganisationOfEnding(long id, String name) {
    }

    /** An ending. No role check: views guard their pages, and the process steps read it. */
    @Transactional(readOnly = true)
    public MembershipEnding get(long endingId) {
        return endings.findById(endingId).orElseThrow(() -> new DomainException("resignation.notFound", String.valueOf(endingId)));
    }

    /** The ending a task belongs to (for its form). */
    @Transactional(readOnly = true)
    public MembershipEnding endingOf(TaskRow task) {
        return get(Long.parseLong(task.businessKey()));
    }

    /** The organisation whose membership ends. */
    @Transactional(readOnly = true)
    public Organisation organisationOf(MembershipEnding ending) {
        return organisations.get(ending.getOrganisationId());
    }

    /** The organisation's open resignation or termination, if any. */
    @Transactional(readOnly = true)
    public Optional<MembershipEnding> openEndingOf(long organisationId) {
        return endings.findByOrganisationIdOrderByCreatedAtDesc(organisationId).stream()
                .filter(e -> e.getStatus().isOpen()).findFirst();
    }

    /** Every resignation and termination of the organisation, newest first. */
    @Transactional(readOnly = true)
    public List<MembershipEnding> endingsOf(long organisationId) {
        return endings.findByOrganisationIdOrderByCreatedAtDesc(organisationId);
    }

    /** The seats the ended membership left to be filled (read by the process for its succession tasks). */
    @Transactional(readOnly = true)
    public List<String> seatsToSucceed(long endingId) {
        return get(endingId).getSeatsToSucceed();
    }

    /**
     * Whether the current user records this organisation's resignation on its behalf: a coordinator who is not one
     * of its contacts. Such a resignation is dated on the day the letter or e-mail came in; a contact's own
     * resignation is received today.
     */
    public boolean onBehalfOf(Organisation organisation) {
        return currentUser.has(Role.COORDINATOR) && !isContactOf(organisation);
    }

    /** Whether the current user is one of the organisation's contact persons. */
    boolean isContactOf(Organisation organisation) {
        String me = currentUser.username();
        return organisation.getContacts().stream().anyMatch(c -> me.equals(c.username()));
    }

    /**
     * The day the organisation's present (trial) membership began: the first of the member statuses at the end of
     * its history (a withdrawn resignation adds a line but does not interrupt it). No resignation can have been
     * received before it. Coordinators, the secretary and board members.
     */
    @Transactional(readOnly = true)
    public LocalDate memberSince(Organisation organisation) {
        List<StatusChange> history = organisations.history(organisation.getId());
        LocalDate since = null;
        for (int i = history.size() - 1; i >= 0 && history.get(i).getStatus().isMember(); i--) {
            since = history.get(i).getEffectiveDate();
        }
        return since == null ? organisation.getStatusSince() : since;
    }

    /** The organisations the current user may resign for: their own (member contact), or all members (coordinator). */
    @Transactional(readOnly = true)
    public List<Organisation> organisationsICanResignFor() {
        if (currentUser.has(Role.COORDINATOR)) {
            return organisations.all().stream().filter(o -> o.getStatus().isMember()).toList();
        }
        currentUser.require(Role.MEMBER_CONTACT);
        return organisations.ofContact(currentUser.username()).stream().filter(o -> o.getStatus().isMember()).toList();
    }
}
