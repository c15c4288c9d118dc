package nl.netwerkregie;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import nl.netwerkregie.shared.DomainException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two users doing the same thing at the same instant (issue 19, races): each action in a thread of its own, logged
 * in as its user, both released by one barrier, so that they meet inside the services rather than one after the
 * other. The test command runs {@link #REPETITIONS} rounds; {@code -Dnetwerkregie.races.repetitions=100} the long
 * run.
 */
public final class Races {

    public static final int REPETITIONS = Integer.getInteger("netwerkregie.races.repetitions", 10);

    private Races() {
    }

    /** One side of a race: who acts, and what they do. */
    public record Racer(Authentication user, Callable<?> action) {
    }

    /**
     * How one side's action ended: {@code "ok"}, the message key of the app's refusal, or anything else thrown
     * (class and message), which a race test counts as a failure.
     */
    public record Outcome(boolean ok, String refusal, List<Object> arguments, String unexpected) {

        public boolean refusedWith(String messageKey, Object... withArguments) {
            return messageKey.equals(refusal) && (withArguments.length == 0 || List.of(withArguments).equals(arguments));
        }

        @Override
        public String toString() {
            return ok ? "ok" : refusal != null ? "refused " + refusal + " " + arguments : "threw " + unexpected;
        }
    }

    /**
     * Runs the rounds, each returning what went wrong in it or {@code null}; prints the figures the javadoc of a race
     * test quotes, and returns the failures.
     */
    public static List<String> repeat(String race, IntFunction<String> round) {
        return repeat(race, REPETITIONS, round);
    }

    /** As {@link #repeat(String, IntFunction)}, for a race whose rounds use up something scarce (a year's plan). */
    public static List<String> repeat(String race, int rounds, IntFunction<String> round) {
        List<String> failures = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            String failure = round.apply(r);
            if (failure != null) {
                failures.add("round " + r + ": " + failure);
            }
        }
        System.out.println("RACE " + race + ": " + rounds + " repetitions, " + failures.size() + " failed");
        return failures;
    }

    /** Both actions at the same instant; their outcomes in the order given. */
    public static List<Outcome> together(Racer first, Racer second) {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            Future<Outcome> a = threads.submit(() -> run(start, first));
            Future<Outcome> b = threads.submit(() -> run(start, second));
            return List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            // A side that hangs (a deadlock, a lock never released) is a failure of the round, not of the JVM.
            return List.of(new Outcome(false, null, List.of(), "round did not finish: " + e),
                    new Outcome(false, null, List.of(), ""));
        } finally {
            threads.shutdownNow();
        }
    }

    private static Outcome run(CyclicBarrier start, Racer racer) {
        SecurityContextHolder.getContext().setAuthentication(racer.user());
        try {
            start.await(30, TimeUnit.SECONDS);
            racer.action().call();
            return new Outcome(true, null, List.of(), null);
        } catch (DomainException e) {
            return new Outcome(false, e.messageKey(), List.of(e.arguments()), null);
        } catch (Exception e) {
            return new Outcome(false, null, List.of(), e.getClass().getName() + " " + e.getMessage());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
