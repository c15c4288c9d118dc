package nl.netwerkregie.network;

import java.time.Period;
import java.util.List;

/**
 * The rules of one network, read from a YAML file ({@code networks/twente.yaml}, {@code networks/utrecht.yaml},
 * or a file of the operator's). Everything a flow needs to know about "how this network does it".
 *
 * @param boardMembers user ids of the voting board members (DB / stuurgroep); coordinators advise, do not vote
 * @param quorum       minimum number of board members taking part in a vote; 0 = none
 * @param votingPeriod how long online voting on a board decision stays open by default
 * @param votesVisibleBeforeVoting whether a board member sees the votes already cast before voting
 * @param reminders    when the flows remind and give up (today's values when the file has none)
 * @param taskTargets  how long a kind of task may take, for its due date (today's values when the file has none)
 * @param yearlyEvaluation when the board's yearly evaluation of the cooperation starts and how long members answer
 */
public record NetworkProfile(
        String id,
        String name,
        String boardName,
        List<String> boardMembers,
        int quorum,
        Period votingPeriod,
        boolean votesVisibleBeforeVoting,
        Period trialDuration,
        ContributionRule contribution,
        NoticeRule notice,
        Period terminationResponsePeriod,
        Period progressReportInterval,
        List<String> municipalities,
        List<AdmissionCriterion> admissionCriteria,
        Reminders reminders,
        TaskTargets taskTargets,
        YearlyEvaluationRule yearlyEvaluation) {

    public NetworkProfile {
        votingPeriod = votingPeriod == null ? Period.ofDays(14) : votingPeriod;
        reminders = reminders == null ? Reminders.DEFAULTS : reminders;
        taskTargets = taskTargets == null ? TaskTargets.NONE_SET : taskTargets;
        yearlyEvaluation = yearlyEvaluation == null ? YearlyEvaluationRule.DEFAULTS : yearlyEvaluation;
        boardMembers = List.copyOf(boardMembers);
        municipalities = List.copyOf(municipalities);
        admissionCriteria = List.copyOf(admissionCriteria);
    }

    /** True when the municipality (case-insensitive) lies in the network's region. */
    public boolean coversMunicipality(String municipality) {
        return municipality != null
                && municipalities.stream().anyMatch(m -> m.equalsIgnoreCase(municipality.strip()));
    }
}
