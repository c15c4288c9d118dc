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

    /**
     * The start of the day after the end date: the end date is the last day of membership (the screens and the
     * mail say "lid tot en met"), so the organisation becomes a former member at midnight after it.
     */
    public Date endDate(Long endingId) {
        return Date.from(endings.get(endingId).getEndDate().plusDays(1).atStartOfDay(NETWORK_ZONE).toInstant());
    }

    /** The day after the response deadline: the organisation may respond through the last day. */
    public Date responseDeadline(Long endingId) {
        return Date.from(endings.get(endingId).getResponseDeadline().plusDays(1).atStartOfDay(NETWORK_ZONE).toInstant());
    }

    public List<String> seatsToSucceed(Long endingId) {
        return endings.seatsToSucceed(endingId);
    }
}
