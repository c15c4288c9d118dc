package nl.netwerkregie.network;

import org.springframework.stereotype.Component;

/**
 * The profile's reminder periods as the BPMN timers read them ({@code ${reminderPeriods.informationReminder()}}):
 * ISO-8601 durations, so the timing rules live in the network's profile and not in the process files.
 */
@Component("reminderPeriods")
public class ReminderPeriods {

    private final java.util.function.Supplier<NetworkProfile> rules;

    /** The periods of the network the timer's process instance is for (the current network, see NetworkOfJobs). */
    @org.springframework.beans.factory.annotation.Autowired
    ReminderPeriods(NetworkRules rules) {
        this.rules = rules::current;
    }

    /** The periods of one profile (for tests of the profiles themselves). */
    ReminderPeriods(NetworkProfile profile) {
        this.rules = () -> profile;
    }

    public String informationReminder() {
        return rules.get().reminders().informationReminder().toString();
    }

    public String informationClose() {
        return rules.get().reminders().informationClose().toString();
    }

    public String reportReminder() {
        return rules.get().reminders().reportReminder().toString();
    }
}
