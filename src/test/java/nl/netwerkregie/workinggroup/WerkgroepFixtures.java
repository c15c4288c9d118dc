package nl.netwerkregie.workinggroup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.netwerkregie.membership.OrganisationService;

/** Werkgroepen with seats and assignment forms for the werkgroep tests; the caller is logged in as a coordinator. */
public final class WerkgroepFixtures {

    private WerkgroepFixtures() {
    }

    /** A permanent werkgroep with the chair and vice chair given (usernames), each with an e-mail address. */
    public static long werkgroep(WerkgroepService werkgroepen, OrganisationService organisations, String chair,
            String viceChair) {
        long id = werkgroepen.create(new WerkgroepForm("Werkgroep " + System.nanoTime(), true, "Bewustwording", null, null));
        long organisation = organisations.all().get(0).getId();
        if (chair != null) {
            werkgroepen.addSeat(id, werkgroepen.get(id).getVersion(), new SeatForm("Voorzitter " + chair, organisation, SeatRole.CHAIR, chair,
                    chair + "@werkgroep.example", LocalDate.now().minusDays(1)));
        }
        if (viceChair != null) {
            werkgroepen.addSeat(id, werkgroepen.get(id).getVersion(), new SeatForm("Vice " + viceChair, organisation, SeatRole.VICE_CHAIR, viceChair,
                    viceChair + "@werkgroep.example", LocalDate.now().minusDays(1)));
        }
        werkgroepen.addSeat(id, werkgroepen.get(id).getVersion(), new SeatForm("Lid Jansen", organisation, SeatRole.MEMBER, null, null, null));
        return id;
    }

    /** A valid assignment: today to 9 months from now, milestones after 1 and 5 months. */
    public static AssignmentForm assignment(long werkgroepId) {
        LocalDate start = LocalDate.now();
        return new AssignmentForm(werkgroepId, "Scholing over proactieve zorgplanning organiseren",
                "Drie bijeenkomsten voor 60 zorgverleners", "Bewustwording", start, start.plusMonths(9),
                List.of(new Milestone(start.plusMonths(1), "Programma klaar"),
                        new Milestone(start.plusMonths(5), "Eerste twee bijeenkomsten gehouden")),
                new BigDecimal("2500.00"), "Voorzitter, vicevoorzitter en drie leden");
    }
}
