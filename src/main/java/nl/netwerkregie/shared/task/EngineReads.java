package nl.netwerkregie.shared.task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What a page of a list needs from the engine's tables, in one statement per kind for the whole page (issue 15):
 * Camunda's query API offers these only per instance or per task ({@code getIdentityLinksForTask}, the activity
 * query's single {@code processInstanceId}), which made a list cost one query or more per row. Read only; every
 * column read here is documented in Camunda's database schema, and the tests run these on H2 and PostgreSQL.
 */
@Component
class EngineReads {

    private final NamedParameterJdbcTemplate jdbc;

    EngineReads(DataSource dataSource) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
    }

    /** An activity that has begun and not ended, in a case (root instance) or a process it called. */
    record OpenStep(String rootId, String activityId, String activityName, String activityType, String taskId) {
    }

    /** An open incident: a step that failed after its retries. */
    record OpenIncident(String id, String causeId, String rootId, String processDefinitionId, String activityId) {
    }

    /** The open steps of those cases, oldest first. */
    List<OpenStep> openSteps(Collection<String> rootIds) {
        if (rootIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select ROOT_PROC_INST_ID_, ACT_ID_, ACT_NAME_, ACT_TYPE_, TASK_ID_ from ACT_HI_ACTINST
                where ROOT_PROC_INST_ID_ in (:roots) and END_TIME_ is null order by START_TIME_, SEQUENCE_COUNTER_""",
                Map.of("roots", rootIds), (rs, n) -> new OpenStep(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)));
    }

    /** The case of each of those process instances: its process definition key and business key. */
    Map<String, CaseDescriptions.CaseKey> casesOf(Collection<String> processInstanceIds) {
        Map<String, CaseDescriptions.CaseKey> cases = new HashMap<>();
        if (processInstanceIds.isEmpty()) {
            return cases;
        }
        jdbc.query("""
                select e.ID_, d.KEY_, e.BUSINESS_KEY_ from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_
                where e.ID_ in (:instances)""", Map.of("instances", processInstanceIds),
                rs -> {
                    cases.put(rs.getString(1), new CaseDescriptions.CaseKey(rs.getString(2), rs.getString(3)));
                });
        return cases;
    }

    /** The process instances of those cases (process definition key to business keys), at most a search's worth. */
    List<String> instancesOf(Map<String, Collection<String>> casesByProcess) {
        List<String> ids = new ArrayList<>();
        casesByProcess.forEach((process, keys) -> ids.addAll(jdbc.queryForList("""
                select e.ID_ from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_
                where e.ID_ = e.PROC_INST_ID_ and d.KEY_ = :process and e.BUSINESS_KEY_ in (:keys)""",
                Map.of("process", process, "keys", keys), String.class)));
        return ids;
    }

    /** The candidate groups and users of those tasks, by task; "group:" before a group's id. */
    Map<String, List<String>> candidates(Collection<String> taskIds) {
        Map<String, List<String>> byTask = new HashMap<>();
        if (taskIds.isEmpty()) {
            return byTask;
        }
        jdbc.query("""
                select TASK_ID_, GROUP_ID_, USER_ID_ from ACT_RU_IDENTITYLINK
                where TASK_ID_ in (:tasks) and TYPE_ = 'candidate' order by GROUP_ID_, USER_ID_""",
                Map.of("tasks", taskIds), rs -> {
                    String group = rs.getString(2);
                    byTask.computeIfAbsent(rs.getString(1), t -> new ArrayList<>())
                            .add(group != null ? "group:" + group : rs.getString(3));
                });
        return byTask;
    }

    /** The open incidents of those cases (also of the processes they called). */
    List<OpenIncident> openIncidents(Collection<String> rootIds) {
        if (rootIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select ID_, CAUSE_INCIDENT_ID_, ROOT_PROC_INST_ID_, PROC_DEF_ID_, ACTIVITY_ID_ from ACT_HI_INCIDENT
                where ROOT_PROC_INST_ID_ in (:roots) and END_TIME_ is null order by CREATE_TIME_""",
                Map.of("roots", rootIds), (rs, n) -> new OpenIncident(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5)));
    }
}
