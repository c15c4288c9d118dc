package nl.netwerkregie.hosting;

/** The profiles a new network's rules start from: the two seed networks' rules, bundled with the application. */
public enum RulesTemplate {
    TWENTE("networks/twente.yaml"),
    UTRECHT("networks/utrecht.yaml");

    private final String resource;

    RulesTemplate(String resource) {
        this.resource = resource;
    }

    /** The classpath resource holding the profile's YAML. */
    String resource() {
        return resource;
    }
}
