package nl.netwerkregie.selfevaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.Texts;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The network's self-evaluation instrument and the coordinators' editor of it. A network gets the example set of
 * {@link DefaultInstrument} the first time its instrument is asked for. A change applies to self-evaluations invited
 * from then on; those already given keep the statements as they were.
 */
@Service
public class InstrumentService {

    static final int MAX_SECTION = 200;
    static final int MAX_TEXT = 1000;

    private final StatementRepository statements;
    private final CurrentUser currentUser;
    private final Clock clock;

    InstrumentService(StatementRepository statements, CurrentUser currentUser, Clock clock) {
        this.statements = statements;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The statements in force, in order (made from the example set on first use). Coordinators only. */
    @Transactional
    public List<InstrumentStatement> statements() {
        currentUser.require(Role.COORDINATOR);
        return inForce().stream().map(Statement::toRecord).toList();
    }

    /** Adds a statement at the end of a section (a new section when the name is new). */
    @Transactional
    public long add(String section, String text) {
        currentUser.require(Role.COORDINATOR);
        String name = Texts.require(section, MAX_SECTION, "selfevaluation.instrument.sectionRequired");
        String statement = Texts.require(text, MAX_TEXT, "selfevaluation.instrument.textRequired");
        List<Statement> current = inForce();
        int position = current.stream().filter(s -> s.getSection().equals(name)).mapToInt(Statement::getPosition)
                .max().orElse(statements.lastPosition()) + 1;
        // Later statements move one down so the section stays together.
        current.stream().filter(s -> s.getPosition() >= position).forEach(Statement::moveDown);
        return statements.save(new Statement(name, position, statement, currentUser.username(), Instant.now(clock)))
                .getId();
    }

    /** Gives a statement new words; self-evaluations already invited keep the old ones. */
    @Transactional
    public void rename(long statementId, String text) {
        currentUser.require(Role.COORDINATOR);
        statementInForce(statementId).rename(Texts.require(text, MAX_TEXT, "selfevaluation.instrument.textRequired"),
                currentUser.username(), Instant.now(clock));
    }

    /** Takes a statement out of the instrument for new self-evaluations. The last one cannot go. */
    @Transactional
    public void remove(long statementId) {
        currentUser.require(Role.COORDINATOR);
        Statement statement = statementInForce(statementId);
        if (inForce().size() == 1) {
            throw new DomainException("selfevaluation.instrument.lastStatement");
        }
        statement.remove(currentUser.username(), Instant.now(clock));
    }

    /** The statements in force for a new self-evaluation (no role check: the inviting command made it). */
    List<Statement> inForce() {
        if (statements.count() == 0) {
            Instant now = Instant.now(clock);
            int position = 0;
            for (DefaultInstrument.Item item : DefaultInstrument.ITEMS) {
                statements.save(new Statement(item.section(), ++position, item.text(), "netwerkregie", now));
            }
        }
        return statements.findByRemovedAtIsNullOrderByPositionAscIdAsc();
    }

    private Statement statementInForce(long id) {
        return statements.findById(id).filter(s -> !s.isRemoved())
                .orElseThrow(() -> new DomainException("selfevaluation.instrument.notFound", id));
    }
}
