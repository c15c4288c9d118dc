/**
 * The end of a membership: a member resigns (opzegging; the end date follows the network's notice rule and
 * can be withdrawn before it), or the network terminates it (beëindiging; the organisation may respond, then
 * the board decides). On the end date the organisation becomes a former member and the coordinator arranges
 * successors for its seats. Processes: {@code ResignationProcess.bpmn}, {@code TerminationProcess.bpmn}.
 */
package nl.netwerkregie.resignation;
