package nl.netwerkregie.hosting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The text of a template's rules for a new network: the bundled profile with the new network's id and name put in,
 * so what the operator edits is already that network's (its {@code id:} must be the network's id).
 */
@Component
public class RulesTemplates {

    private static final Pattern ID_LINE = Pattern.compile("(?m)^id:.*$");
    private static final Pattern NAME_LINE = Pattern.compile("(?m)^name:.*$");

    /** The template's YAML with that id and name (blank ones leave the template's). */
    public String text(RulesTemplate template, String id, String name) {
        try (InputStream in = new ClassPathResource(template.resource()).getInputStream()) {
            return withIdAndName(new String(in.readAllBytes(), StandardCharsets.UTF_8), id, name);
        } catch (IOException e) {
            throw new UncheckedIOException("Template " + template + " is missing from the application", e);
        }
    }

    /**
     * The rules' text with its top-level {@code id:} and {@code name:} lines set to these (blank ones left as they
     * are); everything else, the operator's own edits too, stays.
     */
    public static String withIdAndName(String yaml, String id, String name) {
        String text = yaml == null ? "" : yaml;
        if (id != null && !id.isBlank()) {
            text = ID_LINE.matcher(text).replaceFirst(Matcher.quoteReplacement("id: " + quoted(id.strip())));
        }
        if (name != null && !name.isBlank()) {
            text = NAME_LINE.matcher(text).replaceFirst(Matcher.quoteReplacement("name: " + quoted(name.strip())));
        }
        return text;
    }

    // A network id is plain (Networks.ID_PATTERN); a name may hold anything YAML reads otherwise (": ", " #").
    private static String quoted(String value) {
        if (value.matches("[\\p{L}0-9][\\p{L}0-9 .,()-]*")) {
            return value;
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
