package nl.netwerkregie.annualplan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.theme.ThemeCommitments;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the views read of the jaarplannen: the plans, their submitted versions and what changed between them,
 * and what the werkgroepen have been promised per theme. Read records only; nothing here changes a plan.
 */
@Service
public class JaarplanQueries {

    private final JaarplanRepository plans;
    private final JaarplanVersionRepository versions;
    private final CurrentUser currentUser;
    private final ObjectProvider<ThemeCommitments> commitments;

    JaarplanQueries(JaarplanRepository plans, JaarplanVersionRepository versions, CurrentUser currentUser,
            ObjectProvider<ThemeCommitments> commitments) {
        this.plans = plans;
        this.versions = versions;
        this.currentUser = currentUser;
        this.commitments = commitments;
    }

    /** Every plan, the newest year first. Coordinators, the secretary and board members. */
    @Transactional(readOnly = true)
    public List<JaarplanView> all() {
        requireReader();
        return plans.findAllByOrderByYearDesc().stream().map(JaarplanView::of).toList();
    }

    /** The plans whose title or year contains the text. Checks no role. */
    @Transactional(readOnly = true)
    public java.util.List<Long> idsLike(String text) {
        return plans.idsLike(nl.netwerkregie.shared.task.CaseDescriber.likePattern(text), org.springframework.data.domain.PageRequest.of(0, nl.netwerkregie.shared.task.CaseDescriber.MATCHES));
    }

    /** The year and title of those plans, in one query (not the plans with their themes): for a page of a task list. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> titlesOf(java.util.Collection<Long> ids) {
        return nl.netwerkregie.shared.IdRows.byId(ids, plans::titlesOf, row -> row[1] + ": " + row[2]);
    }

    /** A plan. Views guard access; task forms, describers and exports use it too, so no role check. */
    @Transactional(readOnly = true)
    public JaarplanView get(long id) {
        return JaarplanView.of(plans.require(id));
    }

    /**
     * The year's plan if the board adopted it (vastgesteld): what the year's spending is charged to. Coordinators,
     * the secretary and board members.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<JaarplanView> adopted(int year) {
        requireReader();
        return plans.findByYear(year).filter(p -> p.getStatus() == JaarplanStatus.ADOPTED).map(JaarplanView::of);
    }

    /** The years with an adopted plan, the newest first. Coordinators, the secretary and board members. */
    @Transactional(readOnly = true)
    public List<Integer> adoptedYears() {
        requireReader();
        return plans.findAllByOrderByYearDesc().stream().filter(p -> p.getStatus() == JaarplanStatus.ADOPTED)
                .map(Jaarplan::getYear).toList();
    }

    /** The versions submitted so far. Coordinators, the secretary and board members. */
    @Transactional(readOnly = true)
    public List<VersionInfo> versions(long id) {
        requireReader();
        return versions.findByJaarplanIdOrderByNumberAsc(id).stream().map(JaarplanVersion::info).toList();
    }

    /** What changed from one submitted version to another, in texts and amounts, each at a labelled place. */
    @Transactional(readOnly = true)
    public List<VersionChange> compare(long id, int olderNumber, int newerNumber) {
        requireReader();
        return PlanVersions.compare(versions.require(id, olderNumber).lines(), versions.require(id, newerNumber).lines());
    }

    /**
     * The budgets of approved werkgroep assignments whose tijdspad starts in that year, per theme; empty when the
     * werkgroep feature is absent. Read once per page: {@link ThemeBudget#compare} sets them against a plan.
     */
    @Transactional(readOnly = true)
    public Map<String, BigDecimal> committedPerTheme(int year) {
        requireReader();
        ThemeCommitments source = commitments.getIfAvailable();
        return source == null ? Map.of() : source.committedPerTheme(year);
    }

    private void requireReader() {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
    }
}
