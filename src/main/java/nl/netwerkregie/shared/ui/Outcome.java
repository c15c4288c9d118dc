package nl.netwerkregie.shared.ui;

import java.util.List;

/**
 * What a user is told once a task is done (issue 14): what happened, in words of the task ("Uw stem is
 * vastgelegd. 3 van 8 stemmen uitgebracht ..."), and where to see the result.
 *
 * @param messageKey translation key of the sentence
 * @param arguments  its arguments
 * @param route      the page of the result (the decision, the assignment, the case), or null
 * @param linkKey    translation key of the link's text
 */
public record Outcome(String messageKey, List<Object> arguments, String route, String linkKey) {

    public Outcome {
        arguments = List.copyOf(arguments);
    }

    /** "Taak afgerond.", with a link to the case when it has a page. */
    public static Outcome done(String caseRoute) {
        return new Outcome("task.completed", List.of(), caseRoute, "outcome.toCase");
    }
}
