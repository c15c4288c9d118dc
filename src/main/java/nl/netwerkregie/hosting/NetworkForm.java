package nl.netwerkregie.hosting;

/**
 * A network to add and its first coordinator.
 *
 * @param rulesYaml the network's rules (YAML); when blank, those of the template with this id and name
 * @param template  the profile the rules start from, used when {@code rulesYaml} is blank (may be null otherwise)
 */
public record NetworkForm(String id, String name, RulesTemplate template, String rulesYaml,
        String coordinatorFirstName, String coordinatorLastName, String coordinatorEmail) {
}
