package nl.netwerkregie.admission;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** One organisation's application, its intake, the trial year and the review. */
@Entity
@Table(name = "admission")
public class Admission {

    private static final String WERKGROEP_SEPARATOR = ";";

    /** The network this row belongs to: Hibernate writes it and filters every query by it (ADR 0010). */
    @TenantId
    private String networkId;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long organisationId;
    @Enumerated(EnumType.STRING)
    private AdmissionStatus status;
    private boolean individual;
    private boolean visionCommitment;
    private String visionDocumentName;
    private String werkgroepen;
    private String informationRequest;
    private String informationResponse;
    private String informationToken;
    private String motivation;
    private Boolean proposalAdmit;
    private LocalDate trialStart;
    private LocalDate trialEnd;
    private String reviewNotes;
    private Boolean proposalPermanent;
    private String reviewMotivation;
    private Instant createdAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "admission_criterion_judgement", joinColumns = @JoinColumn(name = "admission_id"))
    private List<CriterionJudgement> judgements = new ArrayList<>();

    protected Admission() {
    }

    Admission(long organisationId, ApplicationForm form, Instant now) {
        this.organisationId = organisationId;
        this.status = AdmissionStatus.INTAKE;
        this.individual = form.individual();
        this.visionCommitment = form.visionCommitment();
        this.visionDocumentName = blankToNull(form.visionDocumentName());
        this.werkgroepen = String.join(WERKGROEP_SEPARATOR, form.werkgroepen().stream().map(String::strip).toList());
        this.createdAt = now;
    }

    void judge(Collection<CriterionJudgement> newJudgements) {
        judgements.clear();
        judgements.addAll(newJudgements);
    }

    void requestInformation(String request, String token) {
        this.informationRequest = request;
        this.informationResponse = null;
        this.informationToken = token;
        this.status = AdmissionStatus.AWAITING_INFORMATION;
    }

    void receiveInformation(String response) {
        this.informationResponse = response;
        this.informationToken = null;
        this.status = AdmissionStatus.INTAKE;
    }

    void propose(boolean admit, String motivation) {
        this.proposalAdmit = admit;
        this.motivation = motivation;
        this.status = AdmissionStatus.BOARD_DECISION;
    }

    void confirmAgreement(LocalDate signedOn) {
        this.trialStart = signedOn;
    }

    void startTrial(LocalDate start, Period duration) {
        this.trialStart = start;
        this.trialEnd = start.plus(duration);
        this.status = AdmissionStatus.TRIAL;
    }

    void proposeReview(String notes, boolean permanent, String motivation) {
        this.reviewNotes = notes;
        this.proposalPermanent = permanent;
        this.reviewMotivation = motivation;
        this.status = AdmissionStatus.REVIEW_DECISION;
    }

    void end(AdmissionStatus finalStatus) {
        this.status = finalStatus;
        this.informationToken = null;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public AdmissionStatus getStatus() {
        return status;
    }

    public boolean isIndividual() {
        return individual;
    }

    public boolean isVisionCommitment() {
        return visionCommitment;
    }

    public String getVisionDocumentName() {
        return visionDocumentName;
    }

    public List<String> getWerkgroepen() {
        return werkgroepen == null || werkgroepen.isEmpty() ? List.of()
                : Arrays.asList(werkgroepen.split(WERKGROEP_SEPARATOR));
    }

    public String getInformationRequest() {
        return informationRequest;
    }

    public String getInformationResponse() {
        return informationResponse;
    }

    /** The secret in the applicant's link while information is awaited; null otherwise. */
    public String getInformationToken() {
        return informationToken;
    }

    public String getMotivation() {
        return motivation;
    }

    public Boolean getProposalAdmit() {
        return proposalAdmit;
    }

    public LocalDate getTrialStart() {
        return trialStart;
    }

    public LocalDate getTrialEnd() {
        return trialEnd;
    }

    public String getReviewNotes() {
        return reviewNotes;
    }

    public Boolean getProposalPermanent() {
        return proposalPermanent;
    }

    public String getReviewMotivation() {
        return reviewMotivation;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    public List<CriterionJudgement> getJudgements() {
        return List.copyOf(judgements);
    }
}
