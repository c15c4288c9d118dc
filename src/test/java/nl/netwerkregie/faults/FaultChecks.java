package nl.netwerkregie.faults;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.netwerkregie.shared.mail.MailDispatcher;

/**
 * What the fault tests check in the database afterwards (reads only): every step the driver was told succeeded is
 * there exactly once, and the process state agrees with the tables (a vote and its completed task, a decision
 * closed once, a report and its task, an intake and its mail, each mail sent at most once). Collects figures for
 * the printed table and the problems found.
 */
final class FaultChecks {

    private static final String VOTE_TASK_DONE = "select count(*) from act_hi_taskinst t join act_hi_procinst p"
            + " on p.id_ = t.proc_inst_id_ where p.proc_def_key_ = 'BoardDecisionProcess' and p.business_key_ = ?"
            + " and t.task_def_key_ = 'Task_Vote' and t.assignee_ = ? and t.delete_reason_ = 'completed'";

    final Map<String, Object> figures = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();
    private final Connection db;

    FaultChecks(Connection db) {
        this.db = db;
    }

    /** Every confirmed step in the database exactly once; a step confirmed twice counts as duplicated. */
    void confirmedSteps(JournalLog journal) throws SQLException, IOException {
        long lost = 0;
        long duplicated = 0;
        long confirmed = 0;
        for (Map.Entry<String, List<String>> kind : journal.confirmed().entrySet()) {
            Set<String> twice = JournalLog.twice(kind.getValue());
            duplicated += twice.size();
            twice.forEach(key -> problems.add(kind.getKey() + " " + key + " confirmed twice"));
            long ofKind = 0;
            for (String key : new HashSet<>(kind.getValue())) {
                long rows = rowsOf(kind.getKey(), key);
                if (rows < 0) {
                    continue;
                }
                ofKind++;
                if (rows == 0) {
                    lost++;
                    problems.add(kind.getKey() + " " + key + " confirmed but not in the database");
                } else if (rows > 1) {
                    duplicated++;
                    problems.add(kind.getKey() + " " + key + " in the database " + rows + " times");
                }
            }
            confirmed += ofKind;
            figures.put("confirmed " + kind.getKey(), ofKind);
        }
        figures.put("confirmed steps", confirmed);
        figures.put("lost", lost);
        figures.put("duplicated", duplicated);
    }

    /** How often the confirmed step is in the database; -1 for journal lines that are no step. */
    private long rowsOf(String kind, String key) throws SQLException {
        String[] k = key.split(":");
        return switch (kind) {
            case "VOTE" -> count("select count(*) from board_vote where decision_id = ? and member_id = ?",
                    Long.parseLong(k[0]), k[1]);
            case "DECISION" -> count("select count(*) from board_decision where subject = ?", key);
            case "TIMER" -> count("select count(*) from board_decision where id = ?", Long.parseLong(k[0]));
            case "APPLY" -> count("select count(*) from admission a join organisation o on o.id = a.organisation_id"
                    + " where o.name = ?", key);
            case "INTAKE" -> count("select count(*) from act_hi_taskinst t join act_hi_procinst p on p.id_ ="
                    + " t.proc_inst_id_ where p.proc_def_key_ = 'AdmissionProcess' and p.business_key_ = ? and"
                    + " t.task_def_key_ = 'Task_Intake' and t.delete_reason_ = 'completed'", key);
            case "REPORT" -> count("select count(*) from werkgroep_report where assignment_id = ? and due_date = ?",
                    Long.parseLong(k[0]), Date.valueOf(LocalDate.parse(k[1])));
            case "REVIEW" -> count("select count(*) from werkgroep_report where assignment_id = ? and due_date = ?"
                    + " and state = 'ACCEPTED'", Long.parseLong(k[0]), Date.valueOf(LocalDate.parse(k[1])));
            default -> -1;
        };
    }

    /**
     * Steps cut off by a kill (begun, never confirmed): each was done again after the restart, or had committed just
     * before the kill, or is still open to be done, or (a new application or decision) left nothing half-made.
     */
    void unconfirmed(JournalLog journal) throws SQLException, IOException {
        List<JournalLog.Line> cut = journal.unconfirmedAtKills();
        List<JournalLog.Line> lines = journal.lines();
        long again = 0;
        long committed = 0;
        long open = 0;
        long nothing = 0;
        for (JournalLog.Line line : cut) {
            long rows = rowsOf(line.kind(), line.key());
            boolean confirmedLater = lines.stream().anyMatch(l -> "OK".equals(l.event()) && l.kind().equals(line.kind())
                    && l.key().equals(line.key()) && l.millis() > line.millis());
            if (confirmedLater) {
                again++;
            } else if (rows > 0) {
                committed++;
            } else if (rows == 0 && ("APPLY".equals(line.kind()) || "DECISION".equals(line.kind()))) {
                nothing++;
            } else if (rows < 0 || stillOpen(line.kind(), line.key())) {
                open++;
            } else {
                problems.add(line.kind() + " " + line.key() + " was cut off by a kill and can no longer be done");
            }
        }
        figures.put("unconfirmed at a kill", cut.size());
        figures.put("  done again after the restart", again);
        figures.put("  committed just before the kill", committed);
        figures.put("  still open to be done (task open)", open);
        figures.put("  new application/decision, nothing half-made", nothing);
    }

    private boolean stillOpen(String kind, String key) throws SQLException {
        String[] k = key.split(":");
        return switch (kind) {
            case "VOTE" -> count("select count(*) from act_ru_task t join act_ru_execution e on e.id_ ="
                    + " t.proc_inst_id_ where e.business_key_ = ? and t.task_def_key_ = 'Task_Vote' and"
                    + " t.assignee_ = ?", k[0], k[1]) > 0
                    || count("select count(*) from board_decision where id = ? and status = 'CLOSED'",
                    Long.parseLong(k[0])) > 0;
            case "INTAKE" -> count("select count(*) from act_ru_task t join act_ru_execution e on e.id_ ="
                    + " t.proc_inst_id_ where e.business_key_ = ? and t.task_def_key_ = 'Task_Intake'", key) > 0;
            case "REPORT", "REVIEW" -> count("select count(*) from act_ru_task t join act_ru_execution e on e.id_ ="
                    + " t.proc_inst_id_ where e.business_key_ = ? and t.task_def_key_ in ('Task_ReportProgress',"
                    + " 'Task_ReviewReport')", k[0]) > 0;
            default -> true;
        };
    }

    /** The process state agrees with the tables, over everything in the database. */
    void processState() throws SQLException {
        problem("votes without their completed task", count("select count(*) from board_vote v join act_hi_procinst p"
                + " on p.business_key_ = cast(v.decision_id as varchar) and p.proc_def_key_ = 'BoardDecisionProcess'"
                + " where not exists (select 1 from act_hi_taskinst t where t.proc_inst_id_ = p.id_ and"
                + " t.task_def_key_ = 'Task_Vote' and t.assignee_ = v.member_id and t.delete_reason_ = 'completed')"));
        problem("completed vote tasks without their vote", count("select count(*) from act_hi_taskinst t join"
                + " act_hi_procinst p on p.id_ = t.proc_inst_id_ where t.task_def_key_ = 'Task_Vote' and"
                + " t.delete_reason_ = 'completed' and not exists (select 1 from board_vote v where"
                + " cast(v.decision_id as varchar) = p.business_key_ and v.member_id = t.assignee_)"));
        problem("decisions closed twice", count("select count(*) from (select proc_inst_id_ from act_hi_actinst"
                + " where act_id_ = 'Task_CloseDecision' and end_time_ is not null group by proc_inst_id_"
                + " having count(*) > 1) twice"));
        // "Besluit vaststellen" closes a decision that has votes; one nobody voted on stays open for the coordinator.
        problem("decisions whose table and process disagree on closed", count("select count(*) from board_decision d"
                + " join act_hi_procinst p on p.business_key_ = cast(d.id as varchar) and p.proc_def_key_ ="
                + " 'BoardDecisionProcess' where (d.status = 'CLOSED') <> (exists (select 1 from act_hi_actinst a"
                + " where a.proc_inst_id_ = p.id_ and a.act_id_ = 'Task_CloseDecision' and a.end_time_ is not null)"
                + " and exists (select 1 from board_vote v where v.decision_id = d.id))"));
        problem("intakes whose admission and task disagree", count("select count(*) from admission a join"
                + " organisation o on o.id = a.organisation_id join act_hi_procinst p on p.business_key_ ="
                + " cast(a.id as varchar) and p.proc_def_key_ = 'AdmissionProcess' where o.name like 'Fouttest-%' and"
                + " (a.status = 'INTAKE') = exists (select 1 from act_hi_taskinst t where t.proc_inst_id_ = p.id_"
                + " and t.task_def_key_ = 'Task_Intake' and t.delete_reason_ = 'completed')"));
        // The request mail is queued by the step after the intake (an async continuation): if the killed JVM held that
        // job, it waits until the job's lock runs out (Camunda's 5 minutes) and is done then.
        String requestMails = "(select count(*) from outgoing_mail m where m.recipients like '%' || o.name || '@%'"
                + " and m.body like '%visiedocument en de namen%')";
        String jobWaits = "exists (select 1 from act_ru_job j join act_hi_procinst p on p.id_ = j.process_instance_id_"
                + " where p.business_key_ = cast(a.id as varchar) and p.proc_def_key_ = 'AdmissionProcess')";
        String intakesDone = "select count(*) from admission a join organisation o on o.id = a.organisation_id where"
                + " o.name like 'Fouttest-%' and a.status <> 'INTAKE' and ";
        problem("intakes without exactly one information request mail", count(intakesDone + requestMails + " <> 1"
                + " and not (" + requestMails + " = 0 and " + jobWaits + ")"));
        figures.put("intake mails waiting for a job a killed JVM held", count(intakesDone + requestMails + " = 0 and "
                + jobWaits));
        problem("assignments whose reports and report tasks disagree", count("select count(*) from"
                + " werkgroep_assignment w join act_hi_procinst p on p.business_key_ = cast(w.id as varchar) and"
                + " p.proc_def_key_ = 'WerkgroepAssignmentProcess' where (select count(*) from werkgroep_report r"
                + " where r.assignment_id = w.id) <> (select count(*) from act_hi_taskinst t where t.proc_inst_id_ ="
                + " p.id_ and t.task_def_key_ = 'Task_ReportProgress' and t.delete_reason_ = 'completed')"
                + " or (select count(*) from werkgroep_report r where r.assignment_id = w.id and r.state ="
                + " 'ACCEPTED') <> (select count(*) from act_hi_taskinst t where t.proc_inst_id_ = p.id_ and"
                + " t.task_def_key_ = 'Task_ReviewReport' and t.delete_reason_ = 'completed')"));
        figures.put("decisions closed", count("select count(*) from board_decision where status = 'CLOSED'"));
        figures.put("reports filed", count("select count(*) from werkgroep_report"));
        figures.put("incidents", count("select count(*) from act_ru_incident"));
    }

    /**
     * No mail went out as two messages; every mail the outbox calls sent was received. A row sent again after a kill
     * (the mail server had it, the outbox had not yet recorded it) carries the same Message-ID: counted apart.
     */
    void mails(GreenMail smtp) throws SQLException, MessagingException {
        // The outbox first, the mail server after: a node still sending between the two reads then shows as received
        // and not yet recorded (counted apart), never as recorded and not received. The outbox records a row sent
        // only after the server accepted it, so a row recorded before the server was read must be there.
        Set<Long> recordedSent = new HashSet<>(ids("select id from outgoing_mail where sent_at is not null"));
        // GreenMail keeps a copy per recipient: a row's sends are its copies over its recipients.
        Map<Long, Set<String>> messageIds = new HashMap<>();
        Map<Long, Integer> copies = new HashMap<>();
        Map<Long, Integer> recipients = new HashMap<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String[] id = message.getHeader(MailDispatcher.OUTBOX_HEADER);
            if (id != null) {
                long row = Long.parseLong(id[0]);
                messageIds.computeIfAbsent(row, k -> new HashSet<>()).add(message.getMessageID());
                copies.merge(row, 1, Integer::sum);
                recipients.put(row, message.getAllRecipients().length);
            }
        }
        Set<Long> receivedIds = messageIds.keySet();
        long asTwoMessages = messageIds.values().stream().filter(ids -> ids.size() > 1).count();
        long sentAgain = copies.entrySet().stream().filter(e -> e.getValue() > recipients.get(e.getKey())).count();
        long sentNotReceived = recordedSent.stream().filter(id -> !receivedIds.contains(id)).count();
        figures.put("mails queued", count("select count(*) from outgoing_mail"));
        figures.put("mails sent (outbox)", recordedSent.size());
        figures.put("mails received (SMTP)", receivedIds.size());
        problem("mails sent twice as two messages", asTwoMessages);
        problem("mails the outbox calls sent but never received", sentNotReceived);
        figures.put("mails sent again after a kill (same Message-ID)", sentAgain);
        figures.put("mails received, not yet recorded as sent", receivedIds.stream()
                .filter(id -> !recordedSent.contains(id)).count());
    }

    private void problem(String what, long count) {
        figures.put(what, count);
        if (count > 0) {
            problems.add(count + " " + what);
        }
    }

    long count(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private List<Long> ids(String sql) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }
}
