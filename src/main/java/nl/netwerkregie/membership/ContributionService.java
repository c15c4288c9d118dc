package nl.netwerkregie.membership;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.format.Formats;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contributions: what each member owes for a year (the profile's rule and the year's base amount) and what came
 * in. Coordinators and the secretary record payments; the board reads along. Paying is a condition of
 * membership, so the admission's review and the life story show it too.
 */
@Service
public class ContributionService {


    private final OrganisationRepository organisations;
    private final StatusChangeRepository statusChanges;
    private final ContributionPaymentRepository payments;
    private final OrganisationService organisationService;
    private final CurrentUser currentUser;
    private final Clock clock;

    ContributionService(OrganisationRepository organisations, StatusChangeRepository statusChanges,
            ContributionPaymentRepository payments, OrganisationService organisationService, CurrentUser currentUser,
            Clock clock) {
        this.organisations = organisations;
        this.statusChanges = statusChanges;
        this.payments = payments;
        this.organisationService = organisationService;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every organisation that was a (trial) member in the year, by name, with what it owes and paid. */
    @Transactional(readOnly = true)
    public List<ContributionLine> year(int year) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        Map<Long, ContributionPayment> paid = payments.findByYear(year).stream()
                .collect(Collectors.toMap(ContributionPayment::getOrganisationId, Function.identity()));
        // Four reads for the whole year, whatever the number of organisations (issue 15): the payments, every
        // status change, the organisations (the columns the list shows, not their contacts) and the base amount.
        Map<Long, List<StatusChange>> changes = statusChanges.findAllByOrderByOrganisationIdAscEffectiveDateAscIdAsc()
                .stream().collect(Collectors.groupingBy(StatusChange::getOrganisationId));
        int thisYear = LocalDate.now(clock).getYear();
        BigDecimal base = organisationService.contributionBase(year);
        return organisations.owingByName().stream()
                .filter(o -> MembershipYears.of(changes.getOrDefault(o.id(), List.of()), thisYear).contains(year))
                .map(o -> {
                    Optional<ContributionPayment> payment = Optional.ofNullable(paid.get(o.id()));
                    return new ContributionLine(o.id(), o.name(), o.status(), year,
                            organisationService.contributionFor(o.basis(), base),
                            payment.map(ContributionPayment::getAmount).orElse(null),
                            payment.map(ContributionPayment::getPaidOn).orElse(null));
                })
                .sorted(Comparator.comparing(ContributionLine::organisationName))
                .toList();
    }

    /**
     * The organisation's contribution for the year, if it owed one. Read by the admission's review and the life
     * story, whose callers check the role.
     */
    @Transactional(readOnly = true)
    public Optional<ContributionLine> lineOf(long organisationId, int year) {
        if (!owes(organisationId, year)) {
            return Optional.empty();
        }
        return Optional.of(line(organisationService.get(organisationId), year,
                payments.findByOrganisationIdAndYear(organisationId, year)));
    }

    /**
     * Every year the organisation owed a contribution for, oldest first, with what came in: a fixed number of
     * reads, whatever the number of years. For its own page and the life story, whose callers check access.
     */
    @Transactional(readOnly = true)
    public List<ContributionLine> linesOf(long organisationId) {
        Organisation organisation = organisationService.get(organisationId);
        List<Integer> years = yearsOwed(organisationId);
        Map<Integer, BigDecimal> due = organisationService.contributionsFor(organisationId, years);
        Map<Integer, ContributionPayment> paid = payments.findByOrganisationId(organisationId).stream()
                .collect(Collectors.toMap(ContributionPayment::getYear, Function.identity()));
        return years.stream().map(year -> {
            Optional<ContributionPayment> payment = Optional.ofNullable(paid.get(year));
            return new ContributionLine(organisationId, organisation.getName(), organisation.getStatus(), year,
                    due.get(year), payment.map(ContributionPayment::getAmount).orElse(null),
                    payment.map(ContributionPayment::getPaidOn).orElse(null));
        }).toList();
    }

    /**
     * What came in for the year's contributions, summed by the database (zero when nothing did): the income side
     * of the budget realisation. Coordinators, the secretary and the board.
     */
    @Transactional(readOnly = true)
    public BigDecimal receivedFor(int year) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        BigDecimal total = payments.totalOfYear(year);
        return total == null ? BigDecimal.ZERO.setScale(2) : total.setScale(2);
    }

    /** The years the organisation owed a contribution for, oldest first, up to this year. */
    @Transactional(readOnly = true)
    public List<Integer> yearsOwed(long organisationId) {
        return MembershipYears.of(statusChanges.findByOrganisationIdOrderByEffectiveDateAscIdAsc(organisationId),
                LocalDate.now(clock).getYear());
    }

    /** A coordinator or the secretary records what came in for a year, on the day it came in. */
    @Transactional
    public void recordPayment(long organisationId, int year, BigDecimal amount, LocalDate paidOn) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY);
        if (amount == null || amount.signum() <= 0) {
            throw new DomainException("contribution.amountRequired");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new DomainException("contribution.amountCents");
        }
        if (paidOn == null) {
            throw new DomainException("contribution.dateRequired");
        }
        if (paidOn.isAfter(LocalDate.now(clock))) {
            throw new DomainException("contribution.dateInFuture");
        }
        Organisation organisation = organisationService.get(organisationId);
        if (!owes(organisationId, year)) {
            throw new DomainException("contribution.notOwed", organisation.getName(), String.valueOf(year));
        }
        Optional<ContributionPayment> earlier = payments.findByOrganisationIdAndYear(organisationId, year);
        if (earlier.isPresent()) {
            throw new DomainException("contribution.alreadyRecorded", organisation.getName(), String.valueOf(year),
                    Formats.dutchDate(earlier.get().getPaidOn()));
        }
        payments.save(new ContributionPayment(organisationId, year, amount, paidOn, currentUser.username(),
                Instant.now(clock)));
    }

    /** Takes back a payment recorded by mistake, so it can be recorded again. */
    @Transactional
    public void removePayment(long organisationId, int year) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY);
        payments.findByOrganisationIdAndYear(organisationId, year).ifPresent(payments::delete);
    }

    private boolean owes(long organisationId, int year) {
        return yearsOwed(organisationId).contains(year);
    }

    private ContributionLine line(Organisation organisation, int year, Optional<ContributionPayment> payment) {
        return new ContributionLine(organisation.getId(), organisation.getName(), organisation.getStatus(), year,
                organisationService.contributionFor(organisation.getId(), year),
                payment.map(ContributionPayment::getAmount).orElse(null),
                payment.map(ContributionPayment::getPaidOn).orElse(null));
    }
}
