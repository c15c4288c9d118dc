package nl.netwerkregie.resignation.process;

import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import nl.netwerkregie.resignation.ResignationQueries;
import org.springframework.stereotype.Component;

/** What the ending BPMNs read from our tables: the end date and response deadline (timers) and the seats to fill. */
@Component("resignationData")
public class EndingData {

    private static final ZoneId NETWORK_ZONE = ZoneId.of("Europe/Amsterdam");
    private final ResignationQueries endings;

    EndingData(ResignationQueries endings) {
        this.endings = endings;
    }

    /** The start of the end date: on that day the organisation becomes a former member. */
    public Date endDate(Long endingId) {
        return Date.from(endings.get(endingId).getEndDate().atStartOfDay(NETWORK_ZONE).toInstant());
    }

    /** The day after the response deadline: the organisation may respond through the last day. */
    public Date responseDeadline(Long endingId) {
        return Date.from(endings.get(endingId).getResponseDeadline().plusDays(1).atStartOfDay(NETWORK_ZONE).toInstant());
    }

    public List<String> seatsToSucceed(Long endingId) {
        return endings.seatsToSucceed(endingId);
    }
}
