package nl.netwerkregie.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} on views. Keep in step with {@link Role}. */
public final class Roles {
    /**
     * Camunda's administrators group (not a role of ours): the hosting operator's, full rights in Cockpit and Admin,
     * and the engine skips its tenant check for it.
     */
    public static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String BOARD_MEMBER = "BOARD_MEMBER";
    public static final String SECRETARY = "SECRETARY";
    public static final String WERKGROEP_CHAIR = "WERKGROEP_CHAIR";
    public static final String MEMBER_CONTACT = "MEMBER_CONTACT";
    public static final String OPERATOR = "OPERATOR";
    public static final String NATIONAL = "NATIONAL";

    private Roles() {
    }
}
