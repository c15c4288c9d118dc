package nl.netwerkregie.board.process;

import java.util.Map;
import java.util.HashMap;
import java.util.Collection;
import nl.netwerkregie.board.BoardDecision;
import nl.netwerkregie.board.BoardDecisionService;
import nl.netwerkregie.shared.task.CaseDescriber;
import nl.netwerkregie.shared.task.CaseSummary;
import org.springframework.stereotype.Component;

@Component
class BoardDecisionCaseDescriber implements CaseDescriber {

    private final BoardDecisionService decisions;

    BoardDecisionCaseDescriber(BoardDecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public String processDefinitionKey() {
        return BoardDecisionProcess.PROCESS_ID;
    }

    @Override
    public String caseTypeKey() {
        return "case.boardDecision";
    }

    @Override
    public CaseSummary describe(String businessKey) {
        BoardDecision decision = decisions.get(Long.parseLong(businessKey));
        return new CaseSummary("case.boardDecision", decision.getSubject(), "besluiten/" + decision.getId());
    }

    @Override
    public Map<String, CaseSummary> describeAll(Collection<String> businessKeys) {
        Map<String, CaseSummary> summaries = new HashMap<>();
        decisions.subjectsOf(CaseDescriber.ids(businessKeys)).forEach((id, subject) -> summaries.put(
                String.valueOf(id), new CaseSummary("case.boardDecision", subject, "besluiten/" + id)));
        return summaries;
    }

    @Override
    public java.util.Collection<String> keysMatching(String text) {
        return decisions.idsWithSubjectLike(text).stream().map(String::valueOf).toList();
    }
}
