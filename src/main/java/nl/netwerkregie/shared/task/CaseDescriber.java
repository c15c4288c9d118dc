package nl.netwerkregie.shared.task;

/**
 * Implemented by each feature for its process, so shared task lists can show business columns
 * (organisation, case type) without knowing the feature. The business key is the feature's case id.
 */
public interface CaseDescriber {

    /** The process definition key (= BPMN file name) this describer knows. */
    String processDefinitionKey();

    CaseSummary describe(String businessKey);
}
