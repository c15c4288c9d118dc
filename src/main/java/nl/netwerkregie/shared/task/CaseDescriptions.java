package nl.netwerkregie.shared.task;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Finds the feature's describer for a process; processes without one show their key. */
@Component
class CaseDescriptions {

    private final Map<String, CaseDescriber> byProcess;

    CaseDescriptions(List<CaseDescriber> describers) {
        this.byProcess = describers.stream()
                .collect(Collectors.toMap(CaseDescriber::processDefinitionKey, Function.identity()));
    }

    CaseSummary describe(String processDefinitionKey, String businessKey) {
        CaseDescriber describer = byProcess.get(processDefinitionKey);
        if (describer == null) {
            return new CaseSummary("case.other", businessKey == null ? processDefinitionKey : businessKey, null);
        }
        return describer.describe(businessKey);
    }
}
