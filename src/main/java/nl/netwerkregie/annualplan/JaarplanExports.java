package nl.netwerkregie.annualplan;

import java.util.List;
import java.util.Locale;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The downloads of a plan, made here so a view only hands over the bytes: the plan as PDF, and its begroting as
 * CSV or Excel, in the reader's language. Coordinators, the secretary and board members.
 */
@Service
public class JaarplanExports {

    private final JaarplanQueries queries;
    private final TranslationProvider translations;
    private final CurrentUser currentUser;

    JaarplanExports(JaarplanQueries queries, TranslationProvider translations, CurrentUser currentUser) {
        this.queries = queries;
        this.translations = translations;
        this.currentUser = currentUser;
    }

    /** The plan and its begroting as PDF, in the reader's language. */
    @Transactional(readOnly = true)
    public byte[] pdf(long id, Locale locale) {
        requireReader();
        return new JaarplanPdf(translations, locale).write(queries.get(id));
    }

    /** The begroting's cost items as CSV (semicolons), with computed totals; the first columns import again. */
    @Transactional(readOnly = true)
    public byte[] csv(long id, Locale locale) {
        requireReader();
        return BegrotingCsv.write(queries.get(id).content(), List.of(t(locale, "jaarplan.item.theme"),
                t(locale, "jaarplan.item.description"), t(locale, "jaarplan.item.unitCost"),
                t(locale, "jaarplan.item.count"), t(locale, "jaarplan.item.participants"),
                t(locale, "jaarplan.item.percentage"), t(locale, "jaarplan.item.percentageOf"),
                t(locale, "jaarplan.item.total")));
    }

    /** The begroting as an Excel workbook: the cost items (they import again) and the totals, as numbers. */
    @Transactional(readOnly = true)
    public byte[] xlsx(long id, Locale locale) {
        requireReader();
        return BegrotingXlsx.write(queries.get(id).content(), key -> t(locale, key));
    }

    /** A file name for an export, e.g. {@code jaarplan-2025.pdf}. */
    public static String fileName(JaarplanView plan, String extension) {
        return "jaarplan-" + plan.year() + "." + extension;
    }

    private void requireReader() {
        currentUser.require(Role.COORDINATOR, Role.SECRETARY, Role.BOARD_MEMBER);
    }

    private String t(Locale locale, String key) {
        return translations.translate(locale, key);
    }
}
