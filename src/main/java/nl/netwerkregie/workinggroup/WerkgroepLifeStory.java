package nl.netwerkregie.workinggroup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.membership.LifeEvent;
import nl.netwerkregie.membership.LifeStoryContributor;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.shared.ClockConfig;
import org.springframework.stereotype.Component;

/**
 * Werkgroep seats of the organisation's people in its life story: who took which seat, when it ended, and the
 * progress and final reports they filed from that seat.
 */
@Component
class WerkgroepLifeStory implements LifeStoryContributor {

    private final WerkgroepMemberRepository seats;
    private final WerkgroepRepository werkgroepen;
    private final ProgressReportRepository reports;
    private final AssignmentRepository assignments;

    WerkgroepLifeStory(WerkgroepMemberRepository seats, WerkgroepRepository werkgroepen,
            ProgressReportRepository reports, AssignmentRepository assignments) {
        this.seats = seats;
        this.werkgroepen = werkgroepen;
        this.reports = reports;
        this.assignments = assignments;
    }

    @Override
    public List<LifeEvent> eventsOf(Organisation organisation) {
        List<LifeEvent> events = new ArrayList<>();
        for (WerkgroepMember seat : seats.findByOrganisationIdOrderByStartDateAsc(organisation.getId())) {
            String werkgroep = werkgroepen.findById(seat.getWerkgroepId()).map(Werkgroep::getName).orElse("?");
            events.add(new LifeEvent(seat.getStartDate(), "lifestory.seat.start." + seat.getRole(),
                    new Object[] {werkgroep}, seat.getPersonName()));
            if (seat.getEndDate() != null) {
                events.add(new LifeEvent(seat.getEndDate(), "lifestory.seat.end." + seat.getRole(),
                        new Object[] {werkgroep}, seat.getPersonName()));
            }
            events.addAll(reportsFiledFrom(seat, werkgroep));
        }
        return events;
    }

    /** Reports the seat's person filed on the werkgroep's assignments while the seat ran. */
    private List<LifeEvent> reportsFiledFrom(WerkgroepMember seat, String werkgroep) {
        if (seat.getUsername() == null) {
            return List.of();
        }
        List<LifeEvent> filed = new ArrayList<>();
        for (ProgressReport report : reports.findBySubmittedByAndSubmittedAtNotNullOrderBySubmittedAtAsc(seat.getUsername())) {
            LocalDate on = LocalDate.ofInstant(report.getSubmittedAt(), ClockConfig.NETWORK_ZONE);
            boolean ofThisWerkgroep = assignments.findById(report.getAssignmentId())
                    .filter(a -> a.getWerkgroepId().equals(seat.getWerkgroepId())).isPresent();
            boolean whileSeated = !on.isBefore(seat.getStartDate())
                    && (seat.getEndDate() == null || !on.isAfter(seat.getEndDate()));
            if (ofThisWerkgroep && whileSeated) {
                filed.add(new LifeEvent(on, report.isFinalReport() ? "lifestory.report.final" : "lifestory.report.progress",
                        new Object[] {werkgroep}, seat.getPersonName()));
            }
        }
        return filed;
    }
}
