package nl.netwerkregie.shared.task;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Implemented by each feature for its process, so shared task lists can show business columns
 * (organisation, case type) without knowing the feature. The business key is the feature's case id.
 */
public interface CaseDescriber {

    /** The process definition key (= BPMN file name) this describer knows. */
    String processDefinitionKey();

    /** The translation key of this kind of case, e.g. {@code case.admission}: the filter of Lopende zaken. */
    String caseTypeKey();

    CaseSummary describe(String businessKey);

    /**
     * The cases of a page of a list, by business key, in a fixed number of queries whatever the page's size (issue
     * 15): a feature reads the few columns it shows, not its entities. A key it does not know is left out. The
     * default asks {@link #describe} per key: right, but one or more queries per row.
     */
    default Map<String, CaseSummary> describeAll(Collection<String> businessKeys) {
        Map<String, CaseSummary> summaries = new HashMap<>();
        businessKeys.forEach(key -> summaries.put(key, describe(key)));
        return summaries;
    }

    /**
     * The cases whose subject (as {@link #describe} names it) contains the text, ignoring case, at most
     * {@link #MATCHES}: how a search in a task list finds "Hospice De Cirkel" on a page it has not loaded. The
     * default finds none (the list then searches the step's name only).
     */
    default Collection<String> keysMatching(String text) {
        return List.of();
    }

    /** At most this many cases per kind match a search: a word typed is not meant to find them all. */
    int MATCHES = 200;

    /** The search text as a JPQL {@code like} pattern on a lower-cased column: %text%, with % and _ taken literally. */
    static String likePattern(String text) {
        return "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
    }

    /** The business keys that are ids, the form every feature's cases have; others are left out. */
    static List<Long> ids(Collection<String> businessKeys) {
        return businessKeys.stream().filter(k -> k != null && k.matches("\\d{1,18}")).map(Long::valueOf).distinct()
                .toList();
    }
}
