package nl.netwerkregie.people;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import nl.netwerkregie.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a person does with their own account without being logged in: set the first password through the
 * invitation link, ask for a reset link, set a new password through it. The link's secret is the only proof, so
 * each link works once and only until it expires.
 */
@Service
public class AccountService {

    private static final Logger log = LoggerFactory.getLogger(AccountService.class);

    private final PersonRepository people;
    private final CamundaAccounts accounts;
    private final AccountLinks links;
    private final PasswordPolicy policy;
    private final Clock clock;

    AccountService(PersonRepository people, CamundaAccounts accounts, AccountLinks links, PasswordPolicy policy,
            Clock clock) {
        this.people = people;
        this.accounts = accounts;
        this.links = links;
        this.policy = policy;
        this.clock = clock;
    }

    /** Whose link this is, for the page's greeting. */
    public record LinkHolder(String name, String username) {
    }

    /** The shortest password accepted here, for the page that asks for one. */
    public int minimumPasswordLength() {
        return policy.minLength();
    }

    /** @throws DomainException when the invitation link is unknown, used or expired */
    @Transactional(readOnly = true)
    public LinkHolder invitation(String token) {
        return holder(links.valid(token, TokenPurpose.INVITATION));
    }

    /** @throws DomainException when the reset link is unknown, used or expired */
    @Transactional(readOnly = true)
    public LinkHolder reset(String token) {
        return holder(links.valid(token, TokenPurpose.PASSWORD_RESET));
    }

    /** Sets the invited person's first password; from now on they log in. Returns the login name. */
    @Transactional
    public String acceptInvitation(String token, String password, String repeated) {
        AccountToken link = links.valid(token, TokenPurpose.INVITATION);
        Person person = personOf(link);
        if (person.getState() != PersonState.INVITED) {
            throw new DomainException("account.link.unknown");
        }
        setPassword(link, person, password, repeated);
        person.activate(Instant.now(clock));
        log.info("{} accepted the invitation and set a password", person.getUsername());
        return person.getUsername();
    }

    /**
     * Mails a reset link to the person with that e-mail address or login name. The answer on screen is the same
     * whether or not anyone has it (nobody learns which addresses have accounts); a person whose invitation was
     * never used gets the invitation again, a deactivated one nothing.
     */
    @Transactional
    public void requestReset(String emailOrUsername) {
        if (emailOrUsername == null || emailOrUsername.isBlank()) {
            throw new DomainException("account.reset.emailRequired");
        }
        String asked = emailOrUsername.strip().toLowerCase(Locale.ROOT);
        Optional<Person> found = asked.contains("@") ? people.findByEmailIgnoreCase(asked) : people.findByUsername(asked);
        if (found.isEmpty() || found.get().getState() == PersonState.DEACTIVATED) {
            log.warn("Password reset asked for '{}': no active person, no mail sent", asked);
            return;
        }
        Person person = found.get();
        if (person.getState() == PersonState.INVITED) {
            links.invite(person, "Netwerkregie");
        } else {
            links.reset(person);
        }
        log.info("Password reset link mailed to {}", person.getUsername());
    }

    /** Sets a new password through a reset link. Returns the login name. */
    @Transactional
    public String resetPassword(String token, String password, String repeated) {
        AccountToken link = links.valid(token, TokenPurpose.PASSWORD_RESET);
        Person person = personOf(link);
        if (person.getState() != PersonState.ACTIVE) {
            throw new DomainException("account.link.unknown");
        }
        setPassword(link, person, password, repeated);
        log.info("{} set a new password through a reset link", person.getUsername());
        return person.getUsername();
    }

    private void setPassword(AccountToken link, Person person, String password, String repeated) {
        policy.check(password, person.getFirstName(), person.getLastName(), person.getEmail(), person.getUsername());
        if (!password.equals(repeated)) {
            throw new DomainException("account.password.notRepeated");
        }
        accounts.setPassword(person.getUsername(), password);
        link.use(Instant.now(clock));
    }

    private LinkHolder holder(AccountToken link) {
        Person person = personOf(link);
        return new LinkHolder(person.fullName(), person.getUsername());
    }

    private Person personOf(AccountToken link) {
        return people.findById(link.getPersonId()).orElseThrow(() -> new DomainException("account.link.unknown"));
    }
}
