package nl.netwerkregie.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Replaces a password hash made with Camunda's old default (one round of SHA-512) by a PBKDF2 hash
 * ({@link Pbkdf2PasswordEncryptor}) the moment its owner logs in with the right password: the only moment the
 * password itself is known. Accounts that never log in again keep the old hash; the password policy is not applied
 * here (the person did not choose a password now, and refusing the login for an old one would lock them out).
 */
@Component
class PasswordHashUpgrade {

    private static final Logger log = LoggerFactory.getLogger(PasswordHashUpgrade.class);

    private final IdentityService identityService;

    PasswordHashUpgrade(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Call only after {@code checkPassword(username, password)} succeeded. */
    void afterGoodLogin(String username, String password) {
        User user = identityService.createUserQuery().userId(username).singleResult();
        if (!(user instanceof UserEntity entity) || entity.getPassword() == null
                || entity.getPassword().startsWith("{" + Pbkdf2PasswordEncryptor.ALGORITHM + "}")) {
            return;
        }
        entity.setPassword(password);
        ((IdentityServiceImpl) identityService).saveUser(entity, true);
        log.info("The password hash of '{}' was upgraded to {}", username, Pbkdf2PasswordEncryptor.ALGORITHM);
    }
}
