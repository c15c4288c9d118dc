package nl.netwerkregie.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.List;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import nl.netwerkregie.shared.mail.Mailer;
import nl.netwerkregie.shared.token.SecretTokens;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one-time links of accounts: made (earlier unused links of the same kind stop working), mailed after the
 * commit, and redeemed once before they expire.
 */
@Component
class AccountLinks {

    static final String INVITATION_PATH = "account/activeren/";
    static final String RESET_PATH = "account/nieuw-wachtwoord/";
    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final AccountTokenRepository tokens;
    private final PeopleProperties properties;
    private final Mailer mailer;
    private final TranslationProvider translations;
    private final NetworkRules rules;
    private final Clock clock;
    private final String baseUrl;

    AccountLinks(AccountTokenRepository tokens, PeopleProperties properties, Mailer mailer,
            TranslationProvider translations, NetworkRules rules, Clock clock,
            @Value("${netwerkregie.base-url}") String baseUrl) {
        this.tokens = tokens;
        this.properties = properties;
        this.mailer = mailer;
        this.translations = translations;
        this.rules = rules;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A link made: its secret and until when it works. */
    private record Issued(String token, Instant until) {
    }

    /** Makes an invitation link for the person and mails it; returns the link's secret. */
    String invite(Person person, String invitedByName) {
        Issued link = issue(person, TokenPurpose.INVITATION, properties.invitationValidity());
        mailer.send(List.of(person.getEmail()),
                translations.dutch("account.mail.invitation.subject", rules.current().name()),
                translations.dutch("account.mail.invitation.body", person.fullName(), invitedByName, rules.current().name(),
                        baseUrl + "/" + INVITATION_PATH + link.token(), formatted(link.until()), person.getUsername()));
        return link.token();
    }

    /** Tells someone with an account that they now also work for the current network (no link: their login stays). */
    void joined(Person person, String invitedByName) {
        mailer.send(List.of(person.getEmail()),
                translations.dutch("account.mail.joined.subject", rules.current().name()),
                translations.dutch("account.mail.joined.body", person.fullName(), invitedByName, rules.current().name(),
                        baseUrl + "/login", person.getUsername()));
    }

    /** Makes an invitation link without mailing it (handed over in person); returns the link's secret. */
    String issueInvitation(Person person) {
        return issue(person, TokenPurpose.INVITATION, properties.invitationValidity()).token();
    }

    /** Makes a password-reset link for the person and mails it; returns the link's secret. */
    String reset(Person person) {
        Issued link = issue(person, TokenPurpose.PASSWORD_RESET, properties.resetValidity());
        mailer.send(List.of(person.getEmail()), translations.dutch("account.mail.reset.subject", rules.current().name()),
                translations.dutch("account.mail.reset.body", person.fullName(),
                        baseUrl + "/" + RESET_PATH + link.token(), formatted(link.until()), person.getUsername()));
        return link.token();
    }

    /**
     * The unused, unexpired link of that kind.
     *
     * @throws DomainException account.link.unknown, account.link.used or account.link.expired
     */
    AccountToken valid(String token, TokenPurpose purpose) {
        AccountToken found = token == null || token.isBlank() ? null
                : tokens.findByTokenHash(SecretTokens.hash(token.strip())).orElse(null);
        if (found == null || found.getPurpose() != purpose) {
            throw new DomainException("account.link.unknown");
        }
        if (found.isUsed()) {
            throw new DomainException(purpose == TokenPurpose.INVITATION ? "account.link.usedInvitation"
                    : "account.link.usedReset");
        }
        if (found.isExpired(Instant.now(clock))) {
            throw new DomainException(purpose == TokenPurpose.INVITATION ? "account.link.expiredInvitation"
                    : "account.link.expiredReset", formatted(found.getExpiresAt()));
        }
        return found;
    }

    /** Ends every unused link of the person (deactivation): a link mailed earlier opens nothing any more. */
    void revokeAll(Person person) {
        for (TokenPurpose purpose : TokenPurpose.values()) {
            tokens.findByPersonIdAndPurposeAndUsedAtIsNull(person.getId(), purpose)
                    .forEach(t -> t.use(Instant.now(clock)));
        }
    }

    private Issued issue(Person person, TokenPurpose purpose, Duration validity) {
        Instant now = Instant.now(clock);
        tokens.findByPersonIdAndPurposeAndUsedAtIsNull(person.getId(), purpose).forEach(t -> t.use(now));
        String token = SecretTokens.newToken();
        Instant until = now.plus(validity);
        tokens.save(new AccountToken(person.getId(), purpose, SecretTokens.hash(token), now, until));
        return new Issued(token, until);
    }

    private static String formatted(Instant instant) {
        return Formats.dateTime(instant, DUTCH);
    }
}
