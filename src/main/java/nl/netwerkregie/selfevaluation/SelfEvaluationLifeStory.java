package nl.netwerkregie.selfevaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.netwerkregie.membership.LifeEvent;
import nl.netwerkregie.membership.LifeStoryContributor;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.shared.ClockConfig;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.springframework.stereotype.Component;

/**
 * Self-evaluations in the organisation's life story: invited, submitted (with the section averages), discussed or
 * closed unfinished.
 */
@Component
class SelfEvaluationLifeStory implements LifeStoryContributor {

    private final SelfEvaluationRepository evaluations;

    SelfEvaluationLifeStory(SelfEvaluationRepository evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public List<LifeEvent> eventsOf(Organisation organisation) {
        List<LifeEvent> events = new ArrayList<>();
        for (SelfEvaluation e : evaluations.findWithAnswersByOrganisationId(organisation.getId())) {
            Object[] year = {String.valueOf(e.getYear())};
            events.add(new LifeEvent(day(e.getInvitedAt()), "lifestory.selfevaluation.invited", year, null));
            if (e.getSubmittedAt() != null) {
                events.add(new LifeEvent(day(e.getSubmittedAt()), "lifestory.selfevaluation.submitted", year,
                        SectionAverage.of(e.getAnswers()).stream().map(a -> a.section() + ": "
                                + (a.average() == null ? "–" : Formats.number(a.average(), TranslationProvider.DUTCH)))
                                .collect(Collectors.joining("; "))));
            }
            if (e.getReviewedAt() != null) {
                events.add(new LifeEvent(day(e.getReviewedAt()), "lifestory.selfevaluation.discussed", year,
                        e.getReviewNote()));
            }
            if (e.getClosedAt() != null) {
                events.add(new LifeEvent(day(e.getClosedAt()), "lifestory.selfevaluation.closed", year,
                        e.getClosedNote()));
            }
        }
        return events;
    }

    private static LocalDate day(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, ClockConfig.NETWORK_ZONE);
    }
}
