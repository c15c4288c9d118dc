package nl.netwerkregie.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/**
 * axe-core on the page the browser shows: no violation of WCAG 2.1 A and AA. A failure names each rule, its help
 * text and the elements that break it, so the fix is clear from the report.
 */
public final class Axe {

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Axe() {
    }

    public static void assertNoViolations(WebDriver driver, String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        assertThat(results.isErrored()).as("axe-core ran on " + page).isFalse();
        assertThat(results.getViolations()).as("accessibility of " + page + ":\n" + describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream().map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + rule.getNodes().stream().map(node -> "\n    " + node.getTarget() + " " + node.getFailureSummary())
                        .collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }
}
