package nl.netwerkregie.network;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.Period;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How long a network gives itself for each kind of task (issue 14: a due date on every user task), a period from
 * the moment the task is created. The profile's {@code taskTargets} names the ones it sets ({@code intake: P14D});
 * the others keep today's default. Tasks whose date comes from the case itself (a vote's deadline, a meeting's
 * date, a report's due date) have none here.
 */
public final class TaskTargets {

    /** The targets, with the default a profile that names none gets. */
    public static final Map<String, Period> DEFAULTS = defaults();

    public static final TaskTargets NONE_SET = new TaskTargets(Map.of());

    private final Map<String, Period> targets;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public TaskTargets(Map<String, Period> set) {
        Map<String, Period> all = new LinkedHashMap<>(DEFAULTS);
        if (set != null) {
            set.forEach((name, period) -> {
                if (!DEFAULTS.containsKey(name)) {
                    throw new IllegalArgumentException("taskTargets: unknown task " + name + "; known: "
                            + DEFAULTS.keySet());
                }
                if (period == null || period.isNegative() || period.isZero()) {
                    throw new IllegalArgumentException("taskTargets: " + name + " must be a positive period");
                }
                all.put(name, period);
            });
        }
        this.targets = Collections.unmodifiableMap(all);
    }

    /** The period for that kind of task; an unknown name is a fault in a process file. */
    public Period of(String task) {
        Period period = targets.get(task);
        if (period == null) {
            throw new IllegalArgumentException("No task target " + task + "; known: " + targets.keySet());
        }
        return period;
    }

    public static Set<String> names() {
        return DEFAULTS.keySet();
    }

    private static Map<String, Period> defaults() {
        Map<String, Period> defaults = new LinkedHashMap<>();
        defaults.put("intake", Period.ofDays(14));
        defaults.put("agreement", Period.ofDays(14));
        defaults.put("reviewPreparation", Period.ofDays(14));
        defaults.put("noVotes", Period.ofDays(7));
        defaults.put("advice", Period.ofDays(28));
        defaults.put("revision", Period.ofDays(14));
        defaults.put("correction", Period.ofDays(14));
        defaults.put("receipt", Period.ofDays(7));
        defaults.put("succession", Period.ofDays(28));
        defaults.put("reportReview", Period.ofDays(14));
        defaults.put("answer", Period.ofDays(14));
        defaults.put("chaseUp", Period.ofDays(7));
        return Collections.unmodifiableMap(defaults);
    }
}
