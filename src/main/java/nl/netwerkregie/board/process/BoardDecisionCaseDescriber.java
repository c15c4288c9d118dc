package nl.netwerkregie.board.process;

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
    public CaseSummary describe(String businessKey) {
        BoardDecision decision = decisions.get(Long.parseLong(businessKey));
        return new CaseSummary("case.boardDecision", decision.getSubject(), "besluiten/" + decision.getId());
    }
}
