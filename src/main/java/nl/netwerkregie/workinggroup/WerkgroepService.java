package nl.netwerkregie.workinggroup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.Texts;
import nl.netwerkregie.shared.theme.PlanThemes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Werkgroepen: the registry of werkgroepen and their seats. Coordinators manage it; every organisation's
 * participation is visible on its page.
 */
@Service
public class WerkgroepService {

    private static final int MAX_NAME = 200;

    private final WerkgroepRepository werkgroepen;
    private final WerkgroepMemberRepository seats;
    private final OrganisationService organisations;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ObjectProvider<PlanThemes> planThemes;

    WerkgroepService(WerkgroepRepository werkgroepen, WerkgroepMemberRepository seats,
            OrganisationService organisations, CurrentUser currentUser, Clock clock,
            ObjectProvider<PlanThemes> planThemes) {
        this.planThemes = planThemes;
        this.werkgroepen = werkgroepen;
        this.seats = seats;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * A coordinator records a new werkgroep. A temporary one needs its start and end date.
     *
     * @return the werkgroep id
     */
    @Transactional
    public long create(WerkgroepForm form) {
        currentUser.require(Role.COORDINATOR);
        String name = Texts.require(form.name(), MAX_NAME, "werkgroep.nameRequired");
        if (form.theme() != null && form.theme().strip().length() > Werkgroep.MAX_THEME) {
            throw new DomainException("werkgroep.themeTooLong", Werkgroep.MAX_THEME);
        }
        if (werkgroepen.findByNameIgnoreCase(name).isPresent()) {
            throw new DomainException("werkgroep.duplicate", name);
        }
        if (!form.permanent()) {
            if (form.startDate() == null) {
                throw new DomainException("werkgroep.startRequired");
            }
            if (form.endDate() == null) {
                throw new DomainException("werkgroep.endRequired");
            }
            if (form.endDate().isBefore(form.startDate())) {
                throw new DomainException("werkgroep.endBeforeStart");
            }
        }
        return werkgroepen.save(new Werkgroep(form, Instant.now(clock))).getId();
    }

    /**
     * A coordinator gives a person of an organisation a seat in the werkgroep, whose seats they saw at
     * {@code seenVersion} ({@link Werkgroep#getVersion()}).
     *
     * @return the seat id
     * @throws DomainException {@code werkgroep.seat.concurrentEdit} when a colleague changed the seats since
     */
    @Transactional
    public long addSeat(long werkgroepId, long seenVersion, SeatForm form) {
        currentUser.require(Role.COORDINATOR);
        changeSeats(werkgroepId, seenVersion);
        if (Texts.isBlank(form.personName())) {
            throw new DomainException("werkgroep.seat.nameRequired");
        }
        if (form.organisationId() == null) {
            throw new DomainException("werkgroep.seat.organisationRequired");
        }
        organisations.get(form.organisationId());
        if (form.role() == null) {
            throw new DomainException("werkgroep.seat.roleRequired");
        }
        SeatForm dated = form.startDate() != null ? form : new SeatForm(form.personName(), form.organisationId(),
                form.role(), form.username(), form.email(), LocalDate.now(clock));
        return seats.save(new WerkgroepMember(werkgroepId, dated)).getId();
    }

    /**
     * A coordinator ends a seat (the person leaves the werkgroep) on a date not before its start, the werkgroep's
     * seats seen at {@code seenVersion}.
     *
     * @throws DomainException {@code werkgroep.seat.concurrentEdit} when a colleague changed the seats since
     */
    @Transactional
    public void endSeat(long seatId, long seenVersion, LocalDate endDate) {
        currentUser.require(Role.COORDINATOR);
        WerkgroepMember seat = seats.findById(seatId)
                .orElseThrow(() -> new DomainException("werkgroep.seat.notFound", String.valueOf(seatId)));
        changeSeats(seat.getWerkgroepId(), seenVersion);
        if (endDate == null) {
            throw new DomainException("werkgroep.seat.endRequired");
        }
        if (endDate.isBefore(seat.getStartDate())) {
            throw new DomainException("werkgroep.seat.endBeforeStart");
        }
        seat.end(endDate);
    }

    /**
     * Moves the werkgroep's version on, if its seats are still as the coordinator saw them. Without it two
     * coordinators seating the same person at once made two rows of them, and naming two chairs at once made two
     * chairs (SeatRaceIT). The update keeps the row locked until the transaction ends, so a change of the same
     * moment waits for this one and then finds the version moved on.
     */
    private void changeSeats(long werkgroepId, long seenVersion) {
        if (werkgroepen.nextVersion(werkgroepId, seenVersion) == 0) {
            get(werkgroepId);
            throw new DomainException("werkgroep.seat.concurrentEdit");
        }
    }

    /**
     * The themes to offer for a werkgroep or an assignment: the jaarplan's themes of this year (or the newest plan
     * before it), then the themes werkgroepen already have. Any other theme can still be typed.
     */
    @Transactional(readOnly = true)
    public List<String> themeSuggestions() {
        Set<String> themes = new LinkedHashSet<>();
        PlanThemes plan = planThemes.getIfAvailable();
        if (plan != null) {
            themes.addAll(plan.themeNames(LocalDate.now(clock).getYear()));
        }
        werkgroepen.findAllByOrderByNameAsc().stream().map(Werkgroep::getTheme).filter(t -> t != null)
                .filter(t -> themes.stream().noneMatch(known -> known.equalsIgnoreCase(t))).forEach(themes::add);
        return List.copyOf(themes);
    }

    /** Every werkgroep, by name. For coordinators, the secretary and the board. */
    @Transactional(readOnly = true)
    public List<Werkgroep> all() {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        return werkgroepen.findAllByOrderByNameAsc();
    }

    /** One werkgroep. Used by process steps and pages that guard themselves; checks no role. */
    @Transactional(readOnly = true)
    public Werkgroep get(long werkgroepId) {
        return werkgroepen.findById(werkgroepId)
                .orElseThrow(() -> new DomainException("werkgroep.notFound", String.valueOf(werkgroepId)));
    }

    /** Every seat of the werkgroep, ended ones included: chairs first. Checks no role. */
    @Transactional(readOnly = true)
    public List<WerkgroepMember> seats(long werkgroepId) {
        return seats.findByWerkgroepIdOrderByRoleAscStartDateAscIdAsc(werkgroepId);
    }

    /** The seats taken today. */
    @Transactional(readOnly = true)
    public List<WerkgroepMember> activeSeats(long werkgroepId) {
        LocalDate today = LocalDate.now(clock);
        return seats(werkgroepId).stream().filter(s -> s.activeOn(today)).toList();
    }

    /** The chair and vice chair (and any further chairs) today. */
    @Transactional(readOnly = true)
    public List<WerkgroepMember> reportingSeats(long werkgroepId) {
        return activeSeats(werkgroepId).stream().filter(s -> s.getRole().reports()).toList();
    }

    /**
     * Refuses a werkgroep that lacks a chair or a vice chair today, or whose chairs have no login to report with.
     * An assignment needs both.
     */
    @Transactional(readOnly = true)
    public void requireChairs(long werkgroepId) {
        Werkgroep werkgroep = get(werkgroepId);
        List<WerkgroepMember> reporting = reportingSeats(werkgroepId);
        Set<SeatRole> roles = reporting.stream().map(WerkgroepMember::getRole).collect(Collectors.toSet());
        boolean chair = roles.contains(SeatRole.CHAIR);
        boolean vice = roles.contains(SeatRole.VICE_CHAIR);
        if (!chair || !vice) {
            // Say which one is missing: "no chair and vice chair" when only the chair is missing misleads.
            throw new DomainException(!chair && !vice ? "werkgroep.chairsRequired"
                    : !chair ? "werkgroep.chairRequired" : "werkgroep.viceChairRequired", werkgroep.getName());
        }
        if (reporting.stream().noneMatch(s -> s.getUsername() != null)) {
            throw new DomainException("werkgroep.chairLoginRequired", werkgroep.getName());
        }
    }

    /** The werkgroepen in which the user holds a chair or vice chair seat today. */
    @Transactional(readOnly = true)
    public Set<Long> chairedBy(String username) {
        LocalDate today = LocalDate.now(clock);
        return seats.findByUsername(username).stream().filter(s -> s.getRole().reports() && s.activeOn(today))
                .map(WerkgroepMember::getWerkgroepId).collect(Collectors.toSet());
    }

    /** The werkgroepen the organisation takes (or took) part in, with its people and their roles. Checks no role. */
    @Transactional(readOnly = true)
    public List<Participation> participationOf(long organisationId) {
        List<WerkgroepMember> held = seats.findByOrganisationIdOrderByStartDateAsc(organisationId);
        Map<Long, Werkgroep> byId = werkgroepen.findAllById(held.stream().map(WerkgroepMember::getWerkgroepId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Werkgroep::getId, Function.identity()));
        return held.stream().map(s -> new Participation(s.getWerkgroepId(), byId.get(s.getWerkgroepId()).getName(),
                        s.getPersonName(), s.getRole(), s.getStartDate(), s.getEndDate()))
                .sorted(Comparator.comparing(Participation::werkgroepName).thenComparing(Participation::startDate))
                .toList();
    }

    /** For the demo data: the werkgroep with this name, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<Werkgroep> findByName(String name) {
        return werkgroepen.findByNameIgnoreCase(name);
    }
}
