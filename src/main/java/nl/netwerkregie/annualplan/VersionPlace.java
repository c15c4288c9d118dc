package nl.netwerkregie.annualplan;

import java.util.List;

/**
 * Where in the plan a version change is, from the general to the specific (a theme, then one of its items), so a
 * view can name it without knowing how versions are stored. Each part is a translation key or a name taken from
 * the plan itself (a theme, an item, an income line).
 */
public record VersionPlace(List<Part> parts) {

    public VersionPlace {
        parts = List.copyOf(parts);
    }

    static VersionPlace of(Part... parts) {
        return new VersionPlace(List.of(parts));
    }

    /** One step of a place: a translation key ({@code key}) or a name as the plan has it ({@code name}), never both. */
    public record Part(String key, String name) {

        static Part label(String key) {
            return new Part(key, null);
        }

        static Part named(String name) {
            return new Part(null, name);
        }

        /** True when {@link #key()} is to be translated; else {@link #name()} is shown as it is. */
        public boolean translated() {
            return key != null;
        }
    }
}
