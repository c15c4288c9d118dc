package nl.netwerkregie.shared.task;

import java.util.Map;
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

    private Map<String, CaseDescriber> byProcess() {
        if (byProcess == null) {
            byProcess = describers.stream()
                    .collect(Collectors.toMap(CaseDescriber::processDefinitionKey, Function.identity()));
        }
        return byProcess;
    }
}
