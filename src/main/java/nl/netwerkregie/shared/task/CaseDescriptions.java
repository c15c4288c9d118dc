package nl.netwerkregie.shared.task;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Finds the feature's describer for a process; processes without one show their key. Describers are looked up
 * on first use, not at construction: they use their feature's service, which itself uses the task list.
 */
@Component
class CaseDescriptions {

    private final ObjectProvider<CaseDescriber> describers;
    private volatile Map<String, CaseDescriber> byProcess;

    CaseDescriptions(ObjectProvider<CaseDescriber> describers) {
        this.describers = describers;
    }

    CaseSummary describe(String processDefinitionKey, String businessKey) {
        CaseDescriber describer = byProcess().get(processDefinitionKey);
        if (describer == null) {
            return new CaseSummary("case.other", businessKey == null ? processDefinitionKey : businessKey, null);
        }
        return describer.describe(businessKey);
    }

    /**
     * The cases of a page: one call of each feature's {@link CaseDescriber#describeAll} for its keys, so a page
     * costs as many queries as there are kinds of case on it, not one per row. The key of the result is the
     * process definition key and the business key; a case no feature describes (or an unknown key) is named by
     * its process and key.
     */
    Map<CaseKey, CaseSummary> describeAll(Collection<CaseKey> cases) {
        Map<String, Set<String>> keysByProcess = new HashMap<>();
        cases.forEach(c -> keysByProcess.computeIfAbsent(c.processDefinitionKey(), p -> new HashSet<>())
                .add(c.businessKey()));
        Map<CaseKey, CaseSummary> summaries = new HashMap<>();
        keysByProcess.forEach((process, keys) -> {
            CaseDescriber describer = byProcess().get(process);
            Map<String, CaseSummary> described = describer == null ? Map.of()
                    : describer.describeAll(keys.stream().filter(Objects::nonNull).toList());
            for (String key : keys) {
                CaseSummary summary = described.get(key);
                summaries.put(new CaseKey(process, key), summary != null ? summary
                        : new CaseSummary("case.other", key == null ? process : key, null));
            }
        });
        return summaries;
    }

    /** The cases whose subject contains the text, by process: each feature's {@link CaseDescriber#keysMatching}. */
    Map<String, Collection<String>> keysMatching(String text) {
        Map<String, Collection<String>> keys = new HashMap<>();
        byProcess().forEach((process, describer) -> {
            Collection<String> found = describer.keysMatching(text);
            if (!found.isEmpty()) {
                keys.put(process, found);
            }
        });
        return keys;
    }

    /** The kinds of case by process definition key (every process a feature describes). */
    Map<String, String> caseTypes() {
        Map<String, String> types = new java.util.TreeMap<>();
        byProcess().forEach((process, describer) -> types.put(process, describer.caseTypeKey()));
        return types;
    }

    /** The translation key of the kind of case of that process ({@code case.other} for one no feature describes). */
    String caseTypeKey(String processDefinitionKey) {
        CaseDescriber describer = byProcess().get(processDefinitionKey);
        return describer == null ? "case.other" : describer.caseTypeKey();
    }

    /** A case as the engine knows it: its process and its business key (the feature's id). */
    record CaseKey(String processDefinitionKey, String businessKey) {
    }

    private Map<String, CaseDescriber> byProcess() {
        if (byProcess == null) {
            byProcess = describers.stream()
                    .collect(Collectors.toMap(CaseDescriber::processDefinitionKey, Function.identity()));
        }
        return byProcess;
    }
}
