package nl.netwerkregie.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Names of users for screens and documents ("Hendrik Kamphuis" rather than "bestuur1"). */
@Component
public class UserDirectory {

    private final IdentityService identityService;

    UserDirectory(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The user's full name, or the user id when the account is unknown (e.g. removed since). */
    public String displayName(String userId) {
        if (userId == null) {
            return "";
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }
}
