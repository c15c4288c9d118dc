package nl.netwerkregie.workinggroup;

import java.util.EnumSet;
import java.util.Set;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.security.RoleSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A chair's or vice chair's seat that runs today, with the person's username, makes them a werkgroep chair at login. */
@Component
class WerkgroepChairRoles implements RoleSource {

    private final WerkgroepService werkgroepen;

    WerkgroepChairRoles(WerkgroepService werkgroepen) {
        this.werkgroepen = werkgroepen;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Role> rolesOf(String username) {
        if (username == null) {
            return EnumSet.noneOf(Role.class);
        }
        return werkgroepen.chairedBy(username).isEmpty() ? EnumSet.noneOf(Role.class)
                : EnumSet.of(Role.WERKGROEP_CHAIR);
    }
}
