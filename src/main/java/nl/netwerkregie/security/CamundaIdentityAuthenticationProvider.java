package nl.netwerkregie.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Logs users in against the Camunda identity store, so one account (and one place to manage it:
 * Camunda Admin) serves the application, the REST API and Cockpit. Camunda groups become roles.
 * See docs/decisions/0003-users-in-camunda-identity.md.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CamundaIdentityAuthenticationProvider.class);

    private final IdentityService identityService;
    private final List<RoleSource> roleSources;
    private final Optional<AccountGate> gate;
    private final LoginThrottle throttle;
    private final PasswordHashUpgrade hashUpgrade;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, List<RoleSource> roleSources,
            Optional<AccountGate> gate, LoginThrottle throttle, PasswordHashUpgrade hashUpgrade) {
        this.hashUpgrade = hashUpgrade;
        this.identityService = identityService;
        this.roleSources = roleSources;
        this.gate = gate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            return check(authentication);
        } catch (org.springframework.security.core.AuthenticationException e) {
            throw e;
        } catch (RuntimeException e) {
            // The database gone (an outage, the pool out of connections): not a wrong password, and not an error page.
            LOG.warn("Login of {} could not be checked: {}", authentication.getName(), e.toString());
            throw new LoginUnavailableException(e);
        }
    }

    private Authentication check(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Optional<java.time.Instant> addressPaused = throttle.pausedUntil(address);
        if (addressPaused.isPresent()) {
            SecurityLog.write(SecurityLog.Event.LOGIN_PAUSED, authentication.getName(), address,
                    "too many failed logins from this address; paused until " + addressPaused.get());
            throw new LoginPausedException(addressPaused.get());
        }
        String username = accountOf(authentication.getName());
        Object credentials = authentication.getCredentials();
        if (username == null || username.isBlank() || credentials == null
                || !identityService.checkPassword(username, credentials.toString())) {
            throttle.failed(address);
            Optional<java.time.Instant> accountPaused = pausedUntil(username);
            SecurityLog.write(SecurityLog.Event.LOGIN_FAILED, username, address, "wrong user name or password"
                    + accountPaused.map(until -> "; the account is paused until " + until).orElse(""));
            if (accountPaused.isPresent()) {
                throw new LoginPausedException(accountPaused.get());
            }
            throw new BadCredentialsException("Bad credentials");
        }
        if (gate.map(g -> g.isBarred(username)).orElse(false)) {
            SecurityLog.write(SecurityLog.Event.LOGIN_REFUSED, username, address, "the account is not active");
            throw new DisabledException("Account not active");
        }
        List<SimpleGrantedAuthority> authorities = authorities(username);
        if (authorities.isEmpty() && !gate.map(g -> g.isActivePerson(username)).orElse(false)) {
            // An account outside the register that holds no role has no page to open; letting it in only shows it the
            // application's shape. A person in the register may (just invited, before a seat is given).
            SecurityLog.write(SecurityLog.Event.LOGIN_REFUSED, username, address, "the account holds no role");
            throw new DisabledException("Account holds no role");
        }
        hashUpgrade.afterGoodLogin(username, credentials.toString());
        return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
    }

    /**
     * Until when Camunda pauses the account after failed logins (its lock expiration: it checks no password
     * before then, not even the right one), if it does.
     */
    private Optional<java.time.Instant> pausedUntil(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        org.camunda.bpm.engine.identity.User user = identityService.createUserQuery().userId(username).singleResult();
        java.util.Date until = user instanceof org.camunda.bpm.engine.impl.persistence.entity.UserEntity entity
                ? entity.getLockExpirationTime() : null;
        return until != null && until.after(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime())
                ? Optional.of(until.toInstant()) : Optional.empty();
    }

    /** People may log in with their e-mail address instead of their login name. */
    private String accountOf(String given) {
        if (given == null || !given.contains("@")) {
            return given;
        }
        List<org.camunda.bpm.engine.identity.User> users =
                identityService.createUserQuery().userEmail(given.strip().toLowerCase(java.util.Locale.ROOT)).list();
        return users.size() == 1 ? users.get(0).getId() : given;
    }

    /** The roles of the account (its Camunda groups) plus those its seats give it today. */
    private List<SimpleGrantedAuthority> authorities(String username) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        identityService.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId)
                .flatMap(groupId -> Role.ofGroupId(groupId).stream())
                .forEach(roles::add);
        roleSources.forEach(source -> roles.addAll(source.rolesOf(username)));
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
