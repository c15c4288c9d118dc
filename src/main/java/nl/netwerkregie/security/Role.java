package nl.netwerkregie.security;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.Optional;

/**
 * The roles of the application. Each maps 1:1 to a Camunda candidate group (its {@link #groupId()})
 * and to a Spring Security authority {@code ROLE_<name>} (see {@link Roles} for annotation constants).
 */
public enum Role {
    COORDINATOR("coordinator"),
    BOARD_MEMBER("board"),
    SECRETARY("secretary"),
    WERKGROEP_CHAIR("werkgroepChair"),
    MEMBER_CONTACT("memberContact"),
    OPERATOR("operator"),
    /**
     * The national support organisation: reads the figures networks share (the national view), works for no
     * network itself, so it sees nothing of any network's own pages.
     */
    NATIONAL("national");

    /** The roles of people who work for a network (all but the national organisation's): a network's own pages. */
    public static final Set<Role> OF_A_NETWORK = Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(NATIONAL)));

    private final String groupId;

    Role(String groupId) {
        this.groupId = groupId;
    }

    /** The Camunda group (and candidate group in the BPMN files) of this role. */
    public String groupId() {
        return groupId;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<Role> ofGroupId(String groupId) {
        return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
    }

    public static Optional<Role> ofAuthority(String authority) {
        return Arrays.stream(values()).filter(r -> r.authority().equals(authority)).findFirst();
    }
}
