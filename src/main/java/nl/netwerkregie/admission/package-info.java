/**
 * Admission (toetreding): an organisation applies, a coordinator judges the admission criteria (and may ask
 * for more information), the board decides, the bestuurder confirms the agreement, a trial year runs, and the
 * board reviews it: permanent member, or the membership ends. {@code processes/AdmissionProcess.bpmn}.
 */
package nl.netwerkregie.admission;
