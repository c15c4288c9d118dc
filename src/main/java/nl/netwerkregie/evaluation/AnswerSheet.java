package nl.netwerkregie.evaluation;

import java.time.LocalDate;
import java.util.List;

/** The questionnaire as one respondent fills it in: one answer per question, the draft's values where saved. */
public record AnswerSheet(int year, LocalDate deadline, String respondent, RespondentStatus status,
        List<Answer> answers) {
}
