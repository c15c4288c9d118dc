package nl.netwerkregie.evaluation;

import java.util.ArrayList;
import java.util.List;
import nl.netwerkregie.network.NetworkRules;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's own list of evaluation questions: what every new evaluation starts from. Until coordinators change
 * it, the default set ({@link DefaultQuestions}) in the words of the network's board.
 */
@Service
public class EvaluationQuestions {

    static final int MAX_QUESTIONS = 30;
    static final int MAX_TEXT = 500;

    private final EvaluationQuestionRepository questions;
    private final NetworkRules rules;
    private final CurrentUser currentUser;

    EvaluationQuestions(EvaluationQuestionRepository questions, NetworkRules rules, CurrentUser currentUser) {
        this.questions = questions;
        this.rules = rules;
        this.currentUser = currentUser;
    }

    /** The network's questions, in order. Coordinators. */
    @Transactional(readOnly = true)
    public List<Question> list() {
        currentUser.require(Role.COORDINATOR);
        return current();
    }

    /** A coordinator replaces the network's list; the evaluations already started keep theirs. */
    @Transactional
    public void replace(List<Question> list) {
        currentUser.require(Role.COORDINATOR);
        List<Question> checked = check(list);
        questions.deleteAllInBatch(questions.findAll());
        for (int i = 0; i < checked.size(); i++) {
            questions.save(new EvaluationQuestion(i, checked.get(i)));
        }
    }

    /** The list as it is now, for a new evaluation (no role check: the starts call it). */
    List<Question> current() {
        List<EvaluationQuestion> stored = questions.findAllByOrderByPositionAsc();
        return stored.isEmpty() ? DefaultQuestions.of(rules.current().boardName())
                : stored.stream().map(EvaluationQuestion::question).toList();
    }

    /** The questions with their texts stripped; refused with the number of the first question that is wrong. */
    static List<Question> check(List<Question> list) {
        if (list == null || list.isEmpty()) {
            throw new DomainException("evaluation.questions.none");
        }
        if (list.size() > MAX_QUESTIONS) {
            throw new DomainException("evaluation.questions.tooMany", String.valueOf(MAX_QUESTIONS));
        }
        List<Question> checked = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Question q = list.get(i);
            String number = String.valueOf(i + 1);
            if (q == null || Texts.isBlank(q.text())) {
                throw new DomainException("evaluation.question.textRequired", number);
            }
            if (q.text().strip().length() > MAX_TEXT) {
                throw new DomainException("evaluation.question.tooLong", number, String.valueOf(MAX_TEXT));
            }
            checked.add(new Question(q.kind() == null ? QuestionKind.OPEN : q.kind(), q.text().strip()));
        }
        return checked;
    }
}
