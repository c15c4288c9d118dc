package nl.netwerkregie.annualplan;

import java.util.List;

/**
 * A theme of the plan: what the network wants to achieve ({@code aims}), the activities, and its cost items.
 */
public record ThemePlan(String name, String aims, String activities, List<CostItem> items) {

    public ThemePlan {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
