package nl.netwerkregie.demo;

import java.math.BigDecimal;
import java.util.List;
import nl.netwerkregie.membership.OrganisationDetails;
import nl.netwerkregie.membership.OrganisationDetails.Contact;
import nl.netwerkregie.membership.OrganisationKind;
import nl.netwerkregie.membership.OrganisationStatus;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.workinggroup.SeatRole;

/** Who and what the demo has: the Twente DB of eight, two coordinators, a secretary, chairs and contacts. */
final class DemoData {

    /** @param organisation the name of the demo organisation the person works for, or null */
    record DemoUser(String id, String firstName, String lastName, Role role, String organisation) {

        DemoUser(String id, String firstName, String lastName, Role role) {
            this(id, firstName, lastName, role, null);
        }
    }

    record DemoOrganisation(OrganisationDetails details, OrganisationStatus status) {
    }

    record DemoSeat(String person, String organisation, SeatRole role, String username, String email) {
    }

    record DemoWerkgroep(String name, String theme, List<DemoSeat> seats) {
    }

    /** Werkgroepen with a chair (a demo login) and a vice chair each; voorzitter1 and voorzitter2 chair one each. */
    static final List<DemoWerkgroep> WERKGROEPEN = List.of(
            new DemoWerkgroep("Deskundigheidsbevordering", "Bewustwording", List.of(
                    new DemoSeat("Bas Oude Luttikhuis", "Medisch Spectrum Twente", SeatRole.CHAIR, "voorzitter1",
                            "voorzitter1@netwerkregie.example"),
                    new DemoSeat("Anja Vos", "Zorggroep Twentse Hof", SeatRole.VICE_CHAIR, null,
                            "a.vos@zorggroeptwentsehof.example"),
                    new DemoSeat("Lotte Brink", "Thuiszorg Dinkelland", SeatRole.MEMBER, null, null),
                    new DemoSeat("Truus Leferink", "VPTZ Leendert Vriel Twente", SeatRole.MEMBER, null, null))),
            new DemoWerkgroep("PR & Communicatie", "Samenwerking", List.of(
                    new DemoSeat("Ingrid ter Horst", "Hospice Het Lichtpunt", SeatRole.CHAIR, "voorzitter2",
                            "voorzitter2@netwerkregie.example"),
                    new DemoSeat("Peter Smit", "Huisartsen FEA", SeatRole.VICE_CHAIR, null, "p.smit@huisartsenfea.example"),
                    new DemoSeat("Johan Veldhuis", "Hospice Het Lichtpunt", SeatRole.MEMBER, null, null))));

    static final List<DemoUser> USERS = List.of(
            new DemoUser("coordinator1", "Anouk", "Jansen", Role.COORDINATOR),
            new DemoUser("coordinator2", "Marieke", "Bosch", Role.COORDINATOR),
            // The Twente dagelijks bestuur: 2 hospitals, 3 VVT, 2 GPs (FEA, THOON), 1 VPTZ.
            new DemoUser("bestuur1", "Hendrik", "Kamphuis", Role.BOARD_MEMBER, "Medisch Spectrum Twente"),
            new DemoUser("bestuur2", "Ellen", "Nijhuis", Role.BOARD_MEMBER, "Ziekenhuisgroep Twente"),
            new DemoUser("bestuur3", "Gerard", "Wolters", Role.BOARD_MEMBER, "Zorggroep Twentse Hof"),
            new DemoUser("bestuur4", "Yvonne", "Scholten", Role.BOARD_MEMBER, "Thuiszorg Dinkelland"),
            new DemoUser("bestuur5", "Ruud", "Lammerink", Role.BOARD_MEMBER, "Woonzorg Noordoost-Twente"),
            new DemoUser("bestuur6", "Karin", "Hofstede", Role.BOARD_MEMBER, "Huisartsen FEA"),
            new DemoUser("bestuur7", "Martijn", "Oude Vrielink", Role.BOARD_MEMBER, "Huisartsen THOON"),
            new DemoUser("bestuur8", "Truus", "Leferink", Role.BOARD_MEMBER, "VPTZ Leendert Vriel Twente"),
            new DemoUser("secretaris", "Sandra", "Mulder", Role.SECRETARY),
            new DemoUser("voorzitter1", "Bas", "Oude Luttikhuis", Role.WERKGROEP_CHAIR, "Medisch Spectrum Twente"),
            new DemoUser("voorzitter2", "Ingrid", "ter Horst", Role.WERKGROEP_CHAIR, "Hospice Het Lichtpunt"),
            new DemoUser("contact1", "Lotte", "Brink", Role.MEMBER_CONTACT, "Thuiszorg Dinkelland"),
            new DemoUser("contact2", "Johan", "Veldhuis", Role.MEMBER_CONTACT, "Hospice Het Lichtpunt"));

    static final List<DemoOrganisation> ORGANISATIONS = List.of(
            member("Medisch Spectrum Twente", OrganisationKind.HOSPITAL, "Enschede", "3900", null, false, "Hendrik Kamphuis", null),
            member("Ziekenhuisgroep Twente", OrganisationKind.HOSPITAL, "Almelo", "3100", null, false, "Ellen Nijhuis", null),
            member("Zorggroep Twentse Hof", OrganisationKind.VVT, "Hengelo", "850", null, false, "Gerard Wolters", null),
            member("Thuiszorg Dinkelland", OrganisationKind.VVT, "Dinkelland", "95", null, false, "Yvonne Scholten", "contact1"),
            member("Woonzorg Noordoost-Twente", OrganisationKind.VVT, "Oldenzaal", "100", null, false, "Ruud Lammerink", null),
            member("Huisartsen FEA", OrganisationKind.GP_ORGANISATION, "Enschede", "40", null, false, "Karin Hofstede", null),
            member("Huisartsen THOON", OrganisationKind.GP_ORGANISATION, "Hengelo", "101", null, false, "Martijn Oude Vrielink", null),
            member("VPTZ Leendert Vriel Twente", OrganisationKind.VOLUNTEER_ORGANISATION, "Hengelo", null, 120, true, "Truus Leferink", null),
            member("Hospice Het Lichtpunt", OrganisationKind.HOSPICE, "Borne", "14", 60, false, "Johan Veldhuis", "contact2"));

    private DemoData() {
    }

    private static DemoOrganisation member(String name, OrganisationKind kind, String municipality, String fte,
            Integer employees, boolean volunteer, String bestuurder, String contactUser) {
        String mailbox = name.toLowerCase().replaceAll("[^a-z]", "");
        Contact contact = new Contact("Contactpersoon " + name, "contact@" + mailbox + ".example", null, contactUser);
        return new DemoOrganisation(new OrganisationDetails(name, kind, municipality,
                fte == null ? null : new BigDecimal(fte), employees, volunteer, bestuurder,
                "bestuur@" + mailbox + ".example", List.of(contact)), OrganisationStatus.MEMBER);
    }
}
