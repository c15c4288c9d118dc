package nl.netwerkregie.people;

import java.util.Set;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Mijn instellingen: every logged-in person reads and changes only their own settings. */
@Service
public class MySettingsService {

    private static final Set<String> LANGUAGES = Set.of("nl", "en");

    private final PersonRepository people;
    private final CurrentUser currentUser;

    MySettingsService(PersonRepository people, CurrentUser currentUser) {
        this.people = people;
        this.currentUser = currentUser;
    }

    /** My settings; the defaults for an account that is no person of the register (the operator). */
    @Transactional(readOnly = true)
    public MySettings mine() {
        return people.findByUsername(currentUser.username()).map(Person::settings).orElse(MySettings.DEFAULTS);
    }

    /** Whether I am in the register (an operator account is not, and has nothing to set). */
    @Transactional(readOnly = true)
    public boolean canChange() {
        return people.findByUsername(currentUser.username()).isPresent();
    }

    /** Changes my settings. */
    @Transactional
    public void change(MySettings settings) {
        if (settings.language() != null && !LANGUAGES.contains(settings.language())) {
            throw new DomainException("settings.languageUnknown", settings.language());
        }
        Person me = people.findByUsername(currentUser.username())
                .orElseThrow(() -> new DomainException("settings.noPerson"));
        me.changeSettings(settings);
    }
}
