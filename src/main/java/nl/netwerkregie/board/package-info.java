/**
 * Board decisions (bestuursbesluiten): one reusable majority vote, {@code processes/BoardDecisionProcess.bpmn},
 * called by every flow. Online (each voting member votes in the application) or recorded from a meeting.
 * A decision keeps its voting members as they were when it opened, and every vote with its reason.
 */
package nl.netwerkregie.board;
