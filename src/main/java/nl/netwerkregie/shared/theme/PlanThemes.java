package nl.netwerkregie.shared.theme;

import java.util.List;

/**
 * The themes of the network's jaarplan, offered when a werkgroep or an assignment is given a theme. Implemented by
 * the jaarplan feature; a feature that needs themes asks this port, so the two features stay apart.
 */
public interface PlanThemes {

    /** The theme names of the plan for that year, or of the newest plan before it; empty when there is none. */
    List<String> themeNames(int year);
}
