package nl.netwerkregie.annualplan;

import java.math.BigDecimal;
import java.util.List;
import nl.netwerkregie.board.DecisionMode;
import nl.netwerkregie.board.DecisionRequest;
import nl.netwerkregie.shared.Texts;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.i18n.TranslationProvider;

/**
 * The texts the board votes on for a submitted version: subject, question, and a proposal that sums up the
 * themes, totals, the netwerkgroep's advice and the begroting's warnings. In Dutch, the board's language,
 * whoever records the advice.
 */
final class JaarplanProposals {

    private static final int MAX_SUBJECT = 300;
    private static final int MAX_PROPOSAL = 8000;

    private final TranslationProvider translations;

    JaarplanProposals(TranslationProvider translations) {
        this.translations = translations;
    }

    /** The online decision on the plan's current version, with its advice (or the reason it was skipped). */
    DecisionRequest decisionRequest(Jaarplan plan, String advice, String skipReason) {
        String year = String.valueOf(plan.getYear());
        String subject = translations.dutch("jaarplan.board.subject", year, plan.content().title());
        String question = translations.dutch("jaarplan.board.question", year, String.valueOf(plan.getSubmittedVersions()));
        return new DecisionRequest(JaarplanService.CASE_TYPE, String.valueOf(plan.getId()),
                Texts.limit(subject, MAX_SUBJECT), question,
                Texts.limit(proposal(plan, advice, skipReason), MAX_PROPOSAL), DecisionMode.ONLINE, null);
    }

    private String proposal(Jaarplan plan, String advice, String skipReason) {
        PlanContent content = plan.content();
        Begroting begroting = Begroting.of(content);
        StringBuilder text = new StringBuilder(translations.dutch("jaarplan.board.proposal", String.valueOf(plan.getYear()),
                content.title(), String.valueOf(plan.getSubmittedVersions())));
        text.append("\n\n").append(translations.dutch("jaarplan.board.themes"));
        for (ThemePlan theme : content.themes()) {
            text.append("\n- ").append(theme.name()).append(": ").append(euro(begroting.themeTotal(theme)));
        }
        line(text, "jaarplan.totalCosts", begroting.totalCosts());
        line(text, "jaarplan.totalIncome", begroting.totalIncome());
        if (content.projectBudget() != null) {
            line(text, "jaarplan.field.projectBudget", content.projectBudget());
        }
        line(text, "jaarplan.field.contributionBase", content.contributionBase());
        text.append("\n\n").append(advice != null ? translations.dutch("jaarplan.board.advice", advice)
                : translations.dutch("jaarplan.board.adviceSkipped", skipReason));
        List<BegrotingWarning> warnings = begroting.warnings();
        if (!warnings.isEmpty()) {
            text.append("\n\n").append(translations.dutch("jaarplan.section.warnings"));
            warnings.forEach(w -> text.append("\n- ").append(translations.dutch(w.key(), euros(w.args()))));
        }
        return text.toString();
    }

    private void line(StringBuilder text, String labelKey, BigDecimal amount) {
        text.append("\n").append(translations.dutch(labelKey)).append(": ").append(euro(amount));
    }

    private static Object[] euros(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            out[i] = args[i] instanceof BigDecimal b ? euro(b) : args[i];
        }
        return out;
    }

    /** An amount in Dutch; "-" where there is none, as a blank would read as a slip in a mail or proposal. */
    static String euro(BigDecimal amount) {
        return amount == null ? "-" : Formats.euro(amount, TranslationProvider.DUTCH);
    }
}
