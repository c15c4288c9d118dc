package nl.netwerkregie.budget;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.netwerkregie.security.CurrentUser;
import nl.netwerkregie.security.Role;
import nl.netwerkregie.shared.DomainException;
import nl.netwerkregie.shared.document.DocumentService;
import nl.netwerkregie.shared.document.UploadedDocument;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinators' commands on the budget realisation: record, correct and delete spending and income entries,
 * with an optional receipt, and import a year's entries from the XLSX export. Only coordinators of the network
 * write (the board reads, through {@link BudgetRealisationQueries}); a correction or deletion based on an entry
 * another coordinator has changed meanwhile is refused, so nothing of theirs is lost.
 */
@Service
public class BudgetService {

    static final String OWNER_TYPE = "BUDGET_ENTRY";
    static final String RECEIPT = "RECEIPT";

    private final BudgetEntryRepository entries;
    private final EntryRules rules;
    private final DocumentService documents;
    private final CurrentUser currentUser;
    private final Clock clock;

    BudgetService(BudgetEntryRepository entries, EntryRules rules, DocumentService documents, CurrentUser currentUser,
            Clock clock) {
        this.entries = entries;
        this.rules = rules;
        this.documents = documents;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Records an entry, with its receipt when one is given (PDF or Word, checked by content).
     *
     * @return the entry's id
     */
    @Transactional
    public long record(EntryForm form, UploadedDocument receipt) {
        currentUser.require(Role.COORDINATOR);
        BudgetEntry entry = entries.save(new BudgetEntry(rules.check(form), currentUser.username(), Instant.now(clock)));
        attach(entry, receipt);
        return entry.getId();
    }

    /**
     * Corrects an entry (and replaces its receipt when a new one is given). Refused when someone changed it after
     * {@code expectedVersion} was read.
     *
     * @return the entry's new version
     */
    @Transactional
    public long correct(long id, long expectedVersion, EntryForm form, UploadedDocument receipt) {
        currentUser.require(Role.COORDINATOR);
        BudgetEntry entry = require(id, expectedVersion);
        entry.change(rules.check(form), currentUser.username(), Instant.now(clock));
        attach(entry, receipt);
        try {
            entries.saveAndFlush(entry);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new DomainException("budget.concurrentEdit", "?");
        }
        return entry.getVersion();
    }

    /** Deletes an entry, unless someone changed it after {@code expectedVersion} was read. */
    @Transactional
    public void delete(long id, long expectedVersion) {
        currentUser.require(Role.COORDINATOR);
        entries.delete(require(id, expectedVersion));
        try {
            entries.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new DomainException("budget.concurrentEdit", "?");
        }
    }

    /**
     * Records the entries of a workbook as {@link RealisationXlsx} writes it. A row that equals an entry already
     * recorded (kind, date, amount, description, theme, assignment, income line) is skipped, so importing the
     * export again changes no figure; rows that break a rule are reported, the others recorded.
     */
    @Transactional
    public ImportResult importXlsx(byte[] workbook) {
        currentUser.require(Role.COORDINATOR);
        RealisationXlsxImport.Read read = RealisationXlsxImport.read(workbook);
        List<ImportResult.RowError> errors = new ArrayList<>(read.errors());
        Set<EntryForm> known = new HashSet<>();
        Set<Integer> yearsRead = new HashSet<>();
        int recorded = 0;
        int skipped = 0;
        for (RealisationXlsxImport.ReadRow row : read.rows()) {
            EntryForm checked;
            try {
                checked = rules.check(row.form());
            } catch (DomainException e) {
                errors.add(new ImportResult.RowError(row.row(), e.messageKey(), row.form().description()));
                continue;
            }
            if (yearsRead.add(checked.date().getYear())) {
                entries.findByYearOrderByEntryDateAscIdAsc(checked.date().getYear())
                        .forEach(e -> known.add(e.row().form()));
            }
            if (!known.add(checked)) {
                skipped++;
                continue;
            }
            entries.save(new BudgetEntry(checked, currentUser.username(), Instant.now(clock)));
            recorded++;
        }
        return new ImportResult(recorded, skipped, errors);
    }

    private BudgetEntry require(long id, long expectedVersion) {
        BudgetEntry entry = entries.findById(id)
                .orElseThrow(() -> new DomainException("budget.entryNotFound", String.valueOf(id)));
        if (entry.getVersion() != expectedVersion) {
            throw new DomainException("budget.concurrentEdit", entry.getUpdatedBy());
        }
        return entry;
    }

    private void attach(BudgetEntry entry, UploadedDocument receipt) {
        if (receipt != null) {
            entry.receipt(documents.store(OWNER_TYPE, String.valueOf(entries.saveAndFlush(entry).getId()), RECEIPT,
                    receipt, currentUser.username()));
        }
    }
}
