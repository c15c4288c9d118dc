package nl.netwerkregie.evaluation;

import nl.netwerkregie.network.CurrentNetwork;
import nl.netwerkregie.network.Network;
import nl.netwerkregie.network.Networks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every hour on every node: each network whose {@code yearlyEvaluation.startsOn} has come this year and that has
 * no evaluation of this year gets one. Each network in its own transaction, inside its network (ADR 0010); two
 * nodes racing for the same network and year: the unique {@code (network_id, scheduled_year)} lets one win, the
 * other's start is rolled back with its process instance.
 */
@Component
public class YearlyEvaluationRound {

    private static final Logger log = LoggerFactory.getLogger(YearlyEvaluationRound.class);

    private final Networks networks;
    private final EvaluationStarts starts;

    YearlyEvaluationRound(Networks networks, EvaluationStarts starts) {
        this.networks = networks;
        this.starts = starts;
    }

    @Scheduled(fixedDelayString = "${netwerkregie.evaluation.every:PT1H}",
            initialDelayString = "${netwerkregie.evaluation.first-after:PT2M}")
    void scheduled() {
        run();
    }

    /** One round: how many evaluations it started. */
    public int run() {
        int started = 0;
        for (Network network : networks.all()) {
            try {
                if (CurrentNetwork.as(network.getId(), starts::startYearlyIfDue)) {
                    started++;
                    log.info("Yearly evaluation started for network {}", network.getId());
                }
            } catch (DataIntegrityViolationException e) {
                log.info("Yearly evaluation of network {} was started by another node", network.getId());
            } catch (RuntimeException e) {
                // The next round tries again.
                log.error("Yearly evaluation of network {} not started: {}", network.getId(), e.getMessage(), e);
            }
        }
        return started;
    }
}
