package nl.netwerkregie.evaluation;

import java.util.List;

/** An evaluation on its page: its figures, the questions it asks, the answers per question, who answered. */
public record EvaluationDetail(EvaluationOfYear overview, List<Question> questions, List<QuestionResult> results,
        List<RespondentRow> respondents) {
}
