package nl.netwerkregie.selfevaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.netwerkregie.membership.ContactAccess;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.ClockConfig;
import nl.netwerkregie.shared.DomainException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The self-evaluations as records for screens and other features: one result, the network's list, a member's
 * scores over the years, and those completed in a year (for the jaarverslag). A coordinator reads them all; a
 * member's contact person reads their own organisation's; the board and the secretary see the list.
 */
@Service
@Transactional(readOnly = true)
public class SelfEvaluationQueries {

    private final SelfEvaluationRepository evaluations;
    private final OrganisationService organisations;
    private final ContactAccess contactAccess;
    private final CurrentUser currentUser;

    SelfEvaluationQueries(SelfEvaluationRepository evaluations, OrganisationService organisations,
            ContactAccess contactAccess, CurrentUser currentUser) {
        this.evaluations = evaluations;
        this.organisations = organisations;
        this.contactAccess = contactAccess;
        this.currentUser = currentUser;
    }

    /** One self-evaluation with its statements, answers and averages: for a coordinator or the member's contact. */
    public SelfEvaluationResult result(long selfEvaluationId) {
        SelfEvaluation evaluation = evaluations.findWithAnswersById(selfEvaluationId)
                .orElseThrow(() -> new DomainException("selfevaluation.notFound", selfEvaluationId));
        requireReader(evaluation.getOrganisationId());
        return new SelfEvaluationResult(evaluation.getId(), evaluation.getOrganisationId(),
                organisations.get(evaluation.getOrganisationId()).getName(), evaluation.getYear(),
                evaluation.getState(), evaluation.getInvitedAt(), evaluation.getDeadline(), evaluation.getSavedAt(),
                evaluation.getSavedBy(), evaluation.getSubmittedAt(), evaluation.getSubmittedBy(),
                evaluation.getReviewNote(), evaluation.getClosedNote(),
                SelfEvaluationResult.linesOf(evaluation.getAnswers()), SectionAverage.of(evaluation.getAnswers()));
    }

    /** A page of the network's self-evaluations, newest invitation first: which members did it, and when. */
    public List<SelfEvaluationRow> page(int offset, int limit) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        List<SelfEvaluation> page = evaluations.findAllByOrderByInvitedAtDescIdDesc(
                PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit)));
        Map<Long, String> names = organisations.namesOf(page.stream().map(SelfEvaluation::getOrganisationId).toList());
        return page.stream().map(e -> new SelfEvaluationRow(e.getId(), e.getOrganisationId(),
                names.get(e.getOrganisationId()), e.getYear(), e.getState(), day(e.getInvitedAt()), e.getDeadline(),
                day(e.getSubmittedAt()))).toList();
    }

    /** A member's section averages per year, to compare them: for a coordinator or the member's contact. */
    public ScoresOverYears scoresOverYears(long organisationId) {
        requireReader(organisationId);
        Map<Integer, SelfEvaluation> lastOfYear = new TreeMap<>();
        evaluations.findWithAnswersByOrganisationId(organisationId).stream().filter(e -> e.getState().isDone())
                .forEach(e -> lastOfYear.put(e.getYear(), e));
        LinkedHashSet<String> sections = new LinkedHashSet<>();
        Map<String, Map<Integer, BigDecimal>> averages = new LinkedHashMap<>();
        List<Integer> years = new ArrayList<>(lastOfYear.keySet());
        for (int i = years.size() - 1; i >= 0; i--) {
            int year = years.get(i);
            for (SectionAverage average : SectionAverage.of(lastOfYear.get(year).getAnswers())) {
                sections.add(average.section());
                if (average.average() != null) {
                    averages.computeIfAbsent(average.section(), s -> new HashMap<>()).put(year, average.average());
                }
            }
        }
        return new ScoresOverYears(years, List.copyOf(sections), averages);
    }

    /**
     * The self-evaluations submitted in a calendar year, in the order they came in: for the jaarverslag.
     * Coordinators, the secretary and the board.
     */
    public List<SelfEvaluationDone> completedIn(int year) {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
        List<SelfEvaluation> done = evaluations.findSubmittedBetween(start(year), start(year + 1));
        Map<Long, String> names = organisations.namesOf(done.stream().map(SelfEvaluation::getOrganisationId).toList());
        return done.stream().map(e -> done(e, names.get(e.getOrganisationId()))).toList();
    }

    /** (self-evaluation id → organisation id) of those self-evaluations: for a page of a task list. */
    public Map<Long, Long> organisationIdsOf(Collection<Long> selfEvaluationIds) {
        Map<Long, Long> ids = new HashMap<>();
        if (!selfEvaluationIds.isEmpty()) {
            evaluations.organisationIdsOf(selfEvaluationIds).forEach(r -> ids.put((Long) r[0], (Long) r[1]));
        }
        return ids;
    }

    /** The self-evaluations of those organisations: for a search in a task list. */
    public List<Long> idsOfOrganisations(Collection<Long> organisationIds) {
        return organisationIds.isEmpty() ? List.of() : evaluations.idsOfOrganisations(organisationIds);
    }

    /** The organisation's last submitted self-evaluation (for the trial review and the life story; no role check). */
    Optional<SelfEvaluationDone> latestDoneOf(long organisationId) {
        return evaluations.findWithAnswersByOrganisationId(organisationId).stream()
                .filter(e -> e.getState().isDone())
                .reduce((first, second) -> second)
                .map(e -> done(e, organisations.get(organisationId).getName()));
    }

    private void requireReader(long organisationId) {
        if (!currentUser.has(Role.COORDINATOR)) {
            contactAccess.requireContactOf(organisationId);
        }
    }

    private static SelfEvaluationDone done(SelfEvaluation e, String organisationName) {
        return new SelfEvaluationDone(e.getId(), e.getOrganisationId(), organisationName, day(e.getSubmittedAt()),
                SectionAverage.of(e.getAnswers()));
    }

    private static Instant start(int year) {
        return LocalDate.of(year, 1, 1).atStartOfDay(ClockConfig.NETWORK_ZONE).toInstant();
    }

    private static LocalDate day(Instant instant) {
        return instant == null ? null : LocalDate.ofInstant(instant, ClockConfig.NETWORK_ZONE);
    }
}
