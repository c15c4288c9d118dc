package nl.netwerkregie.national;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.netwerkregie.annualplan.JaarplanFigures;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.workinggroup.AssignmentFigures;
import nl.netwerkregie.workinggroup.AssignmentStatus;

/**
 * One network's figures for the national view; all empty for a network that does not share ({@link #shared()}
 * false). Counts and totals only: no organisation, person or text of the network.
 *
 * @param membersByKind (trial) members per kind of organisation
 * @param admissions    per year, the organisations that became a member
 * @param endings       per year, the memberships that ended
 * @param assignments   werkgroep assignments per theme and status
 * @param budgets       the jaarplannen's totals, the newest year first
 */
public record NetworkFigures(String networkId, String name, boolean shared, Map<OrganisationKind, Long> membersByKind,
        Map<Integer, Long> admissions, Map<Integer, Long> endings, List<AssignmentFigures.Count> assignments,
        List<JaarplanFigures.Budget> budgets) {

    static NetworkFigures notShared(String networkId, String name) {
        return new NetworkFigures(networkId, name, false, Map.of(), Map.of(), Map.of(), List.of(), List.of());
    }

    /** All (trial) members. */
    public long members() {
        return membersByKind.values().stream().mapToLong(Long::longValue).sum();
    }

    public long members(OrganisationKind kind) {
        return membersByKind.getOrDefault(kind, 0L);
    }

    public long admissionsIn(int year) {
        return admissions.getOrDefault(year, 0L);
    }

    public long endingsIn(int year) {
        return endings.getOrDefault(year, 0L);
    }

    /** The assignments with that status, of every theme. */
    public long assignments(AssignmentStatus status) {
        return assignments.stream().filter(c -> c.status() == status).mapToLong(AssignmentFigures.Count::count).sum();
    }

    /** The assignments of that theme (null: none given), of every status. */
    public long assignmentsOfTheme(String theme) {
        return assignments.stream().filter(c -> java.util.Objects.equals(c.theme(), theme))
                .mapToLong(AssignmentFigures.Count::count).sum();
    }

    /** The project costs in the begroting of that year's plan, when there is one. */
    public Optional<BigDecimal> budgetOf(int year) {
        return budgets.stream().filter(b -> b.year() == year).findFirst().map(JaarplanFigures.Budget::projectCosts);
    }
}
