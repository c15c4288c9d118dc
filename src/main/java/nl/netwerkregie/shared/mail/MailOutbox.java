package nl.netwerkregie.shared.mail;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outgoing_mail table (V18). Plain SQL on purpose: the same statements run on H2 and PostgreSQL, and the
 * claim is one conditional update, which is what keeps two nodes from sending the same row.
 */
@Repository
class MailOutbox {

    static final String SEPARATOR = ",";

    private final JdbcTemplate jdbc;

    MailOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues the mail in the caller's transaction; false when a mail for that event was queued before. */
    boolean add(OutgoingMail mail, List<String> recipients, Instant now) {
        if (exists(mail.eventKey())) {
            return false;
        }
        Mailer.Attachment file = mail.attachment();
        jdbc.update("""
                insert into outgoing_mail (event_key, network_id, recipients, subject, body, attachment_name,
                    attachment_type, attachment, about_task, queued_at, send_after)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                mail.eventKey(), mail.networkId(), String.join(SEPARATOR, recipients), cut(mail.subject(), 500),
                mail.body(), file == null ? null : file.fileName(), file == null ? null : file.contentType(),
                file == null ? null : file.content(), mail.aboutTask(), Timestamp.from(now),
                Timestamp.from(mail.sendAfter() == null ? now : mail.sendAfter()));
        return true;
    }

    boolean exists(String eventKey) {
        Integer n = jdbc.queryForObject("select count(*) from outgoing_mail where event_key = ?", Integer.class,
                eventKey);
        return n != null && n > 0;
    }

    /** Mails not yet sent about the task are not sent any more: it is done. */
    int cancelAbout(String taskId, Instant now) {
        return jdbc.update("""
                update outgoing_mail set cancelled_at = ? where about_task = ? and sent_at is null
                    and cancelled_at is null and failed_at is null""", Timestamp.from(now), taskId);
    }

    /** Ids of mails due to be sent and claimed by nobody (or by a node whose claim ran out). */
    List<Long> due(Instant now, int limit) {
        Timestamp at = Timestamp.from(now);
        return jdbc.queryForList("""
                select id from outgoing_mail where sent_at is null and cancelled_at is null and failed_at is null
                    and send_after <= ? and (claimed_until is null or claimed_until < ?)
                order by id""", Long.class, at, at).stream().limit(limit).toList();
    }

    /** Claims the mail for this node; false when another node has it or it was sent meanwhile. */
    boolean claim(long id, String node, Instant now, Duration claimFor) {
        return jdbc.update("""
                update outgoing_mail set claimed_by = ?, claimed_until = ? where id = ? and sent_at is null
                    and cancelled_at is null and failed_at is null and (claimed_until is null or claimed_until < ?)""",
                node, Timestamp.from(now.plus(claimFor)), id, Timestamp.from(now)) == 1;
    }

    Optional<Queued> load(long id) {
        return jdbc.query("""
                select id, recipients, subject, body, attachment_name, attachment_type, attachment, attempts
                from outgoing_mail where id = ?""", (rs, n) -> new Queued(rs.getLong("id"),
                Arrays.asList(rs.getString("recipients").split(SEPARATOR)), rs.getString("subject"),
                rs.getString("body"), rs.getString("attachment_name") == null ? null
                        : new Mailer.Attachment(rs.getString("attachment_name"), rs.getString("attachment_type"),
                                rs.getBytes("attachment")), rs.getInt("attempts")), id).stream().findFirst();
    }

    void sent(long id, Instant now) {
        jdbc.update("update outgoing_mail set sent_at = ?, attempts = attempts + 1, claimed_until = null where id = ?",
                Timestamp.from(now), id);
    }

    /** A failed attempt: the mail waits until {@code retryAt}, or is given up when that is null. */
    void failed(long id, String error, Instant now, Instant retryAt) {
        jdbc.update("""
                update outgoing_mail set attempts = attempts + 1, last_error = ?, claimed_until = null,
                    send_after = ?, failed_at = ? where id = ?""", cut(error, 1000),
                Timestamp.from(retryAt == null ? now : retryAt), retryAt == null ? Timestamp.from(now) : null, id);
    }

    /** How many mails wait, for the operator and the tests. */
    int waiting() {
        Integer n = jdbc.queryForObject("""
                select count(*) from outgoing_mail where sent_at is null and cancelled_at is null
                    and failed_at is null""", Integer.class);
        return n == null ? 0 : n;
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** A queued mail as the dispatcher sends it. */
    record Queued(long id, List<String> recipients, String subject, String body, Mailer.Attachment attachment,
            int attempts) {
    }
}
