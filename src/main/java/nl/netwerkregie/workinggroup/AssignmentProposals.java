package nl.netwerkregie.workinggroup;

import java.util.Comparator;
import nl.netwerkregie.shared.Texts;
import nl.netwerkregie.shared.format.Formats;
import nl.netwerkregie.shared.i18n.TranslationProvider;
import org.springframework.stereotype.Component;

/**
 * What the board reads about an assignment, in Dutch whatever the coordinator's language: the subject and
 * question of the decision and the proposal, the assignment in its fixed format. Each text is cut to the room
 * the board decision has for it.
 */
@Component
class AssignmentProposals {

    /** The longest proposal (and list of board remarks) a version keeps. */
    static final int MAX_PROPOSAL = 8000;
    private static final int MAX_SUBJECT = 300;
    private static final int MAX_QUESTION = 1000;

    private final TranslationProvider translations;

    AssignmentProposals(TranslationProvider translations) {
        this.translations = translations;
    }

    /** The decision's subject: the assignment of this werkgroep. */
    String subject(String werkgroepName) {
        return Texts.limit(translations.dutch("werkgroep.board.subject", werkgroepName), MAX_SUBJECT);
    }

    /** The question put to the board: does it approve the assignment of this werkgroep. */
    String question(String werkgroepName) {
        return Texts.limit(translations.dutch("werkgroep.board.question", werkgroepName), MAX_QUESTION);
    }

    /**
     * The proposal: doel, gewenst resultaat, tijdspad, milestones by date, and theme, budget and composition where
     * given. A revision (number above 1) says so first, so the board knows it saw an earlier version.
     */
    String proposal(AssignmentForm form, int number) {
        StringBuilder text = new StringBuilder();
        if (number > 1) {
            text.append(translations.dutch("werkgroep.board.revised", number)).append("\n\n");
        }
        text.append(translations.dutch("werkgroep.board.doel")).append(' ').append(form.doel().strip()).append('\n')
                .append(translations.dutch("werkgroep.board.result")).append(' ').append(form.gewenstResultaat().strip()).append('\n')
                .append(translations.dutch("werkgroep.board.timeline", Formats.date(form.startDate(), TranslationProvider.DUTCH),
                        Formats.date(form.endDate(), TranslationProvider.DUTCH)))
                .append('\n');
        if (!form.milestones().isEmpty()) {
            text.append(translations.dutch("werkgroep.board.milestones")).append('\n');
            form.milestones().stream().sorted(Comparator.comparing(Milestone::dueDate)).forEach(m -> text.append("- ")
                    .append(Formats.date(m.dueDate(), TranslationProvider.DUTCH)).append(": ").append(m.description())
                    .append('\n'));
        }
        if (!Texts.isBlank(form.theme())) {
            text.append(translations.dutch("werkgroep.board.theme")).append(' ').append(form.theme().strip()).append('\n');
        }
        if (form.budget() != null) {
            text.append(translations.dutch("werkgroep.board.budget")).append(' ')
                    .append(Formats.euro(form.budget(), TranslationProvider.DUTCH)).append('\n');
        }
        if (!Texts.isBlank(form.composition())) {
            text.append(translations.dutch("werkgroep.board.composition")).append(' ').append(form.composition().strip()).append('\n');
        }
        return Texts.limit(text.toString(), MAX_PROPOSAL);
    }
}
