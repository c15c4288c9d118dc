package nl.netwerkregie.people;

import java.util.ArrayList;
import java.util.List;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;
import nl.netwerkregie.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * What a password must be: long enough and not easy to guess. "Easy to guess" is nbvcxz's estimate (lists of
 * leaked passwords, words, names, keyboard patterns, dates), to which we add Dutch words people pick here and the
 * person's own name and e-mail. See docs/decisions/0009-people-in-the-app.md for why a library.
 */
@Component
class PasswordPolicy {

    /** Words a Dutch user of this application picks that the English lists do not know. */
    private static final List<String> LOCAL_WORDS = List.of("wachtwoord", "welkom", "geheim", "netwerk", "netwerkregie",
            "palliatief", "palliatieve", "zorg", "twente", "utrecht", "hospice", "ziekenhuis", "bestuur", "lente",
            "zomer", "herfst", "winter", "voorjaar", "januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december");
    private static final int MAX_LENGTH = 128;

    private final PeopleProperties.Password rules;

    PasswordPolicy(PeopleProperties properties) {
        this.rules = properties.password();
    }

    int minLength() {
        return rules.minLength();
    }

    /** @throws DomainException with a message that says what to change */
    void check(String password, String... personalWords) {
        if (password == null || password.length() < rules.minLength()) {
            throw new DomainException("account.password.tooShort", rules.minLength());
        }
        if (password.length() > MAX_LENGTH) {
            throw new DomainException("account.password.tooLong", MAX_LENGTH);
        }
        if (rules.checkCommon() && !new Nbvcxz(configuration(personalWords)).estimate(password).isMinimumEntropyMet()) {
            throw new DomainException("account.password.tooEasy");
        }
    }

    private static Configuration configuration(String... personalWords) {
        DictionaryBuilder own = new DictionaryBuilder().setDictionaryName("netwerkregie").setExclusion(true);
        int rank = 1;
        for (String word : LOCAL_WORDS) {
            own.addWord(word, rank++);
        }
        for (String word : personalWords) {
            if (word != null && word.length() > 2) {
                for (String part : word.toLowerCase().split("[^\\p{L}\\p{N}]+")) {
                    if (part.length() > 2) {
                        own.addWord(part, rank++);
                    }
                }
            }
        }
        List<Dictionary> dictionaries = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
        dictionaries.add(own.createDictionary());
        return new ConfigurationBuilder().setDictionaries(dictionaries).createConfiguration();
    }
}
