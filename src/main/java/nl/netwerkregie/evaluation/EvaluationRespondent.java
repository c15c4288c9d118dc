package nl.netwerkregie.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.netwerkregie.shared.DomainException;
import org.hibernate.annotations.TenantId;

/**
 * Who answers one evaluation: a member organisation (any of its contact persons with a login answers for it) or a
 * board member; at most one of each per evaluation. Its answers, a draft until submitted.
 */
@Entity
@Table(name = "evaluation_respondent")
class EvaluationRespondent {

    static final String SEPARATOR = ",";

    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long evaluationId;
    private Long organisationId;
    private String boardMember;
    private String name;
    /** The usernames who may answer, comma-separated (the answer task's candidate users). */
    private String candidates;
    /** Where its reminder goes, comma-separated. */
    private String addresses;
    @Enumerated(EnumType.STRING)
    private RespondentStatus status;
    private String savedBy;
    private Instant submittedAt;
    private Instant remindedAt;
    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "evaluation_answer", joinColumns = @JoinColumn(name = "respondent_id"))
    private List<Answer> answers = new ArrayList<>();

    protected EvaluationRespondent() {
    }

    EvaluationRespondent(long evaluationId, Long organisationId, String boardMember, String name,
            List<String> candidates, List<String> addresses) {
        this.evaluationId = evaluationId;
        this.organisationId = organisationId;
        this.boardMember = boardMember;
        this.name = name;
        this.candidates = String.join(SEPARATOR, candidates);
        this.addresses = String.join(SEPARATOR, addresses);
        this.status = RespondentStatus.OPEN;
    }

    boolean mayAnswer(String username) {
        return candidateList().contains(username);
    }

    List<String> candidateList() {
        return candidates.isBlank() ? List.of() : Arrays.asList(candidates.split(SEPARATOR));
    }

    List<String> addressList() {
        return addresses == null || addresses.isBlank() ? List.of() : Arrays.asList(addresses.split(SEPARATOR));
    }

    /** Keeps the answers; submitted, they are final ("one answer per organisation"). */
    void save(List<Answer> given, String by, boolean submit, Instant at) {
        if (status == RespondentStatus.SUBMITTED) {
            throw new DomainException("evaluation.alreadySubmitted", name);
        }
        answers.clear();
        answers.addAll(given);
        savedBy = by;
        status = submit ? RespondentStatus.SUBMITTED : RespondentStatus.DRAFT;
        submittedAt = submit ? at : null;
    }

    void reminded(Instant at) {
        remindedAt = at;
    }

    Long getId() { return id; }
    long getEvaluationId() { return evaluationId; }
    Long getOrganisationId() { return organisationId; }
    String getBoardMember() { return boardMember; }
    String getName() { return name; }
    RespondentStatus getStatus() { return status; }
    String getSavedBy() { return savedBy; }
    Instant getSubmittedAt() { return submittedAt; }
    Instant getRemindedAt() { return remindedAt; }
    List<Answer> getAnswers() { return List.copyOf(answers); }
}
