package nl.netwerkregie.budget;

import java.util.List;
import nl.netwerkregie.workinggroup.AssignmentBudget;

/** What an entry of the year may be charged to: the adopted plan's themes, its assignments, its income lines. */
public record EntryChoices(List<String> themes, List<AssignmentBudget> assignments, List<String> incomeLines) {
}
