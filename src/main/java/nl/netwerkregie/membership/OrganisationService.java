package nl.netwerkregie.membership;

import nl.netwerkregie.network.NetworkRules;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.UnicodeText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation registry: the API of the membership feature for views and other features. Status changes
 * made by processes are {@link MembershipSteps}.
 */
@Service
public class OrganisationService {

    /** An organisation with one of these statuses cannot be registered (or apply) a second time. */
    static final Set<OrganisationStatus> ACTIVE = EnumSet.of(OrganisationStatus.APPLICANT,
            OrganisationStatus.TRIAL_MEMBER, OrganisationStatus.MEMBER, OrganisationStatus.PARTNER);

    private final OrganisationRepository organisations;
    private final StatusChangeRepository statusChanges;
    private final ContributionBaseRepository contributionBases;
    private final NetworkRules rules;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final Clock clock;

    OrganisationService(OrganisationRepository organisations, StatusChangeRepository statusChanges,
            ContributionBaseRepository contributionBases, NetworkRules rules, CurrentUser currentUser,
            Validator validator, Clock clock) {
        this.organisations = organisations;
        this.statusChanges = statusChanges;
        this.contributionBases = contributionBases;
        this.rules = rules;
        this.currentUser = currentUser;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * Records an organisation the network already works with (a member at go-live, or a partner).
     * Coordinators and the secretary only.
     */
    @Transactional
    public long register(OrganisationDetails details, OrganisationStatus status, String reason) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY);
        return create(details, status, reason, currentUser.username());
    }

    /**
     * Creates the organisation, checking the details, the region and duplicates. For flows such as the
     * application form, where the caller may be anonymous: {@code recordedBy} says who it was.
     */
    @Transactional
    public long create(OrganisationDetails details, OrganisationStatus status, String reason, String recordedBy) {
        return createAsOf(details, status, reason, recordedBy, LocalDate.now(clock));
    }

    /**
     * The same, with the status in effect from an earlier day: for an organisation that was a member before the
     * network started to use the application (the demo's members, from 1 January), so that the year's figures
     * count it as a member all along and not as admitted on the day it was entered.
     */
    @Transactional
    public long createAsOf(OrganisationDetails details, OrganisationStatus status, String reason, String recordedBy,
            LocalDate since) {
        checkValid(details);
        requireNoDuplicate(details.name(), null);
        Organisation organisation = organisations.save(new Organisation(details, status, since, Instant.now(clock)));
        statusChanges.save(new StatusChange(organisation.getId(), status, since, reason, recordedBy, Instant.now(clock)));
        return organisation.getId();
    }

    /** Updates name, size, contacts and the like. Coordinators and the secretary only. */
    @Transactional
    public void update(long id, long expectedVersion, OrganisationDetails details) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY);
        checkValid(details);
        Organisation organisation = get(id);
        if (organisation.getVersion() != expectedVersion) {
            throw new DomainException("error.concurrentEdit");
        }
        requireNoDuplicate(details.name(), id);
        organisation.update(details);
    }

    /**
     * The names of those organisations, in one query: for lists that name a page of them (the task list's cases).
     * No role check, like {@link #get}: the names are on every member's list.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> namesOf(java.util.Collection<Long> ids) {
        return nl.netwerkregie.shared.IdRows.byId(ids, organisations::namesOf, row -> (String) row[1]);
    }

    /** The organisations whose name contains the text (any case), at most a search's worth. No role check. */
    @Transactional(readOnly = true)
    public List<Long> idsNamedLike(String text) {
        return organisations.idsNamedLike(nl.netwerkregie.shared.task.CaseDescriber.likePattern(text), org.springframework.data.domain.PageRequest.of(0, nl.netwerkregie.shared.task.CaseDescriber.MATCHES));
    }

    /** An organisation by id. No role check: views guard their pages, and every feature's steps look it up. */
    @Transactional(readOnly = true)
    public Organisation get(long id) {
        return organisations.findById(id).orElseThrow(() -> new DomainException("organisation.notFound", String.valueOf(id)));
    }

    /**
     * A page of the registry (Organisaties), by name unless the page sorts otherwise, with this year's contribution
     * of each member: one query for the page, one for its contacts, one for the year's base amount, whatever the
     * size of the registry. Coordinators, the secretary and board members.
     */
    @Transactional(readOnly = true)
    public List<OrganisationListRow> page(OrganisationStatus status, OrganisationKind kind,
            org.springframework.data.domain.Pageable page, int year) {
        return page(status, kind, "", page, year);
    }

    /** As {@link #page(OrganisationStatus, OrganisationKind, org.springframework.data.domain.Pageable, int)}, with a
     * search in the name and the municipality. */
    @Transactional(readOnly = true)
    public List<OrganisationListRow> page(OrganisationStatus status, OrganisationKind kind, String search,
            org.springframework.data.domain.Pageable page, int year) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        org.springframework.data.domain.Pageable ordered = nl.netwerkregie.shared.Pages.bounded(page,
                        org.springframework.data.domain.Sort.by("name"));
        BigDecimal base = contributionBase(year);
        String pattern = search == null || search.isBlank() ? "%"
                : nl.netwerkregie.shared.task.CaseDescriber.likePattern(search.strip());
        return organisations.page(status, kind, pattern, ordered).stream().map(o -> new OrganisationListRow(o,
                o.getStatus().isMember() ? contributionFor(o, base) : null)).toList();
    }

    /** The registry, by name. Coordinators, the secretary and board members. */
    @Transactional(readOnly = true)
    public List<Organisation> all() {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        return organisations.findAllByOrderByNameAsc();
    }

    /**
     * The members (trial and permanent), by name, with their contact persons. For process steps that tell all
     * members something (the adopted jaarplan), so no role check.
     */
    @Transactional(readOnly = true)
    public List<Organisation> members() {
        return organisations.findAllByOrderByNameAsc().stream().filter(o -> o.getStatus().isMember()).toList();
    }

    /** How many organisations the registry holds (for start-up checks; reveals nothing). */
    @Transactional(readOnly = true)
    public long count() {
        return organisations.count();
    }

    /** The organisations for which the given user is a contact person. */
    @Transactional(readOnly = true)
    public List<Organisation> ofContact(String username) {
        return organisations.findByContactUsername(username);
    }

    /** The dated status history. Coordinators, the secretary and board members. */
    @Transactional(readOnly = true)
    public List<StatusChange> history(long id) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        return statusChanges.findByOrganisationIdOrderByEffectiveDateAscIdAsc(id);
    }

    /** What the organisation owes at that base amount, by the network profile's rule (a list reads the base once). */
    @Transactional(readOnly = true)
    public BigDecimal contributionFor(Organisation organisation, BigDecimal baseAmount) {
        return contributionFor(organisation.contributionBasis(), baseAmount);
    }

    BigDecimal contributionFor(nl.netwerkregie.network.ContributionBasis basis, BigDecimal baseAmount) {
        return rules.current().contribution().contributionFor(basis, baseAmount);
    }

    /** The contribution the organisation owes for the year, by the network profile's rule. */
    @Transactional(readOnly = true)
    public BigDecimal contributionFor(long id, int year) {
        return rules.current().contribution().contributionFor(get(id).contributionBasis(), contributionBase(year));
    }

    /**
     * The contribution the organisation owes for each of the years, by the profile's rule, with one read of the
     * base amounts (for pages that list every year).
     */
    @Transactional(readOnly = true)
    public Map<Integer, BigDecimal> contributionsFor(long id, Collection<Integer> years) {
        var basis = get(id).contributionBasis();
        Map<Integer, BigDecimal> set = contributionBases.findAllById(years).stream()
                .collect(Collectors.toMap(ContributionBase::year, ContributionBase::amount));
        Map<Integer, BigDecimal> owed = new TreeMap<>();
        for (int year : years) {
            owed.put(year, rules.current().contribution().contributionFor(basis,
                    set.getOrDefault(year, rules.current().contribution().defaultBaseAmount())));
        }
        return owed;
    }

    /** The base amount for the year: as the board set it, else the profile's default. */
    @Transactional(readOnly = true)
    public BigDecimal contributionBase(int year) {
        return contributionBases.findById(year).map(ContributionBase::amount)
                .orElse(rules.current().contribution().defaultBaseAmount());
    }

    /**
     * Records the base amount the board set for a year. A process step of the jaarplan flow (the board's adopted
     * budget sets it), so it does not check a role itself.
     */
    @Transactional
    public void setContributionBase(int year, BigDecimal amount, String setBy) {
        contributionBases.save(new ContributionBase(year, amount, setBy, Instant.now(clock)));
    }

    private void checkValid(OrganisationDetails details) {
        Set<ConstraintViolation<OrganisationDetails>> violations = validator.validate(details);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        if (!rules.current().coversMunicipality(details.municipality())) {
            throw new DomainException("organisation.municipalityOutsideRegion", details.municipality());
        }
    }

    // Compared as a reader sees them: a zero-width or no-break space, another case or a compatibility form of a
    // letter does not make another organisation (issue 17).
    private void requireNoDuplicate(String name, Long exceptId) {
        String key = UnicodeText.comparable(name);
        boolean duplicate = organisations.idsAndNamesWithStatusIn(ACTIVE).stream()
                .anyMatch(row -> !row[0].equals(exceptId) && UnicodeText.comparable((String) row[1]).equals(key));
        if (duplicate) {
            throw new DomainException("organisation.duplicate", name.strip());
        }
    }
}
