package nl.netwerkregie.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.netwerkregie.people.Recipient;
import nl.netwerkregie.people.Recipients;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * Who a task is for: its assignee; else the users it names and the members of its groups who work for the task's
 * network. A person named and in a group counts once, as named.
 */
@Component
class TaskAudience {

    private final Recipients recipients;

    TaskAudience(Recipients recipients) {
        this.recipients = recipients;
    }

    /** For a task with that assignee (or none) and those identity links (candidates count, others not). */
    List<Addressee> of(String networkId, String assignee, Collection<? extends IdentityLink> links) {
        List<String> users = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (IdentityLink link : links) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
                if (link.getUserId() != null) {
                    users.add(link.getUserId());
                } else if (link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                }
            }
        }
        return of(networkId, assignee, users, groups);
    }

    private List<Addressee> of(String networkId, String assignee, Collection<String> users, Collection<String> groups) {
        Map<String, Boolean> personal = new LinkedHashMap<>();
        if (assignee != null) {
            personal.put(assignee, true);
        } else {
            users.forEach(u -> personal.put(u, true));
            for (String group : groups) {
                recipients.membersOf(group, networkId).forEach(u -> personal.putIfAbsent(u, false));
            }
        }
        Map<String, Recipient> found = recipients.of(personal.keySet());
        return personal.entrySet().stream().filter(e -> found.containsKey(e.getKey()))
                .filter(e -> found.get(e.getKey()).email() != null && !found.get(e.getKey()).email().isBlank())
                .map(e -> new Addressee(found.get(e.getKey()), e.getValue())).toList();
    }
}
