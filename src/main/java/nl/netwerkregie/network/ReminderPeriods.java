package nl.netwerkregie.network;

import org.springframework.stereotype.Component;

/**
 * The profile's reminder periods as the BPMN timers read them ({@code ${reminderPeriods.informationReminder()}}):
 * ISO-8601 durations, so the timing rules live in the network's profile and not in the process files.
 */
@Component("reminderPeriods")
public class ReminderPeriods {

    private final NetworkProfile profile;

    ReminderPeriods(NetworkProfile profile) {
        this.profile = profile;
    }

    public String informationReminder() {
        return profile.reminders().informationReminder().toString();
    }

    public String informationClose() {
        return profile.reminders().informationClose().toString();
    }

    public String reportReminder() {
        return profile.reminders().reportReminder().toString();
    }
}
