package nl.netwerkregie.selfevaluation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One self-evaluation as its screens show it: the statements as given, with their numbers ("2a": the first
 * statement of the second section; no "2.1", which reads as a decimal number), scores and remarks, and the averages per section.
 */
public record SelfEvaluationResult(long id, long organisationId, String organisationName, int year,
        SelfEvaluationState state, Instant invitedAt, LocalDate deadline, Instant savedAt, String savedBy,
        Instant submittedAt, String submittedBy, String reviewNote, String closedNote, List<Line> lines,
        List<SectionAverage> averages) {

    /** A statement of this self-evaluation; {@code position} is what {@link AnswerInput} names. */
    public record Line(int position, String number, String section, String statement, Integer score, String remark) {
    }

    static List<Line> linesOf(List<Answer> answers) {
        List<String> sections = answers.stream().map(Answer::section).distinct().toList();
        int[] within = new int[sections.size()];
        java.util.ArrayList<Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            int section = sections.indexOf(answer.section());
            String number = (section + 1) + String.valueOf((char) ('a' + within[section]++));
            lines.add(new Line(i, number, answer.section(), answer.statement(), answer.score(), answer.remark()));
        }
        return lines;
    }
}
