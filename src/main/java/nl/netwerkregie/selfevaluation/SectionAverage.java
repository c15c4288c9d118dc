package nl.netwerkregie.selfevaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A section's average score (1 niet .. 4 volledig, one decimal) over its scored statements; null when none is
 * scored yet.
 */
public record SectionAverage(String section, BigDecimal average) {

    /** The averages of the sections in the order they first appear. */
    static List<SectionAverage> of(List<Answer> answers) {
        Map<String, List<Integer>> scores = new LinkedHashMap<>();
        for (Answer answer : answers) {
            List<Integer> section = scores.computeIfAbsent(answer.section(), s -> new ArrayList<>());
            if (answer.score() != null) {
                section.add(answer.score());
            }
        }
        List<SectionAverage> averages = new ArrayList<>();
        scores.forEach((section, list) -> averages.add(new SectionAverage(section, average(list))));
        return averages;
    }

    static BigDecimal average(List<Integer> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        return BigDecimal.valueOf(scores.stream().mapToInt(Integer::intValue).sum())
                .divide(BigDecimal.valueOf(scores.size()), 1, RoundingMode.HALF_UP);
    }
}
