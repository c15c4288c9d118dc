package nl.netwerkregie.shared;

/** The one place for the text checks every feature makes on what a user typed. */
public final class Texts {

    private Texts() {
    }

    /**
     * The text without surrounding white space.
     *
     * @throws DomainException {@code requiredKey} when it is empty, {@code validation.tooLong} when it is longer than max
     */
    public static String require(String text, int max, String requiredKey) {
        if (isBlank(text)) {
            throw new DomainException(requiredKey);
        }
        return optional(text, max);
    }

    /**
     * An optional text: null when empty, else stripped.
     *
     * @throws DomainException {@code validation.tooLong} when it is longer than max
     */
    public static String optional(String text, int max) {
        if (isBlank(text)) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new DomainException("validation.tooLong");
        }
        return stripped;
    }

    /** Cuts a text that goes where room is limited (a decision's title) to max characters, with an ellipsis. */
    public static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
