package nl.netwerkregie.myorganisation;

import java.math.BigDecimal;
import java.util.List;
import nl.netwerkregie.membership.Organisation;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.membership.OrganisationService;
import nl.netwerkregie.membership.OrganisationStatus;

/** Organisations for the Mijn organisatie tests: the demo's, and fresh ones whose contact is a demo login. */
public final class MyOrganisationFixtures {

    private MyOrganisationFixtures() {
    }

    /** A demo organisation by name (the demo loads them into every test context). */
    public static Organisation demo(OrganisationService organisations, String name) {
        return organisations.members().stream().filter(o -> o.getName().equals(name)).findFirst().orElseThrow();
    }

    /** A new member in Hengelo whose first contact person is the login {@code contactUser}. */
    public static long member(OrganisationService organisations, String contactUser) {
        return organisations.create(new OrganisationDetails("Zorg Hengelo " + System.nanoTime(), OrganisationKind.VVT,
                "Hengelo", new BigDecimal("30"), 45, false, "Bea Bestuurder", "bea@hengelo.example",
                List.of(new OrganisationDetails.Contact("Carla Contact", "carla@hengelo.example", null, contactUser))),
                OrganisationStatus.MEMBER, "Test", "test");
    }
}
