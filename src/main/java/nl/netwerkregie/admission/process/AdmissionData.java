package nl.netwerkregie.admission.process;

import java.util.Date;
import nl.netwerkregie.admission.AdmissionQueries;
import org.springframework.stereotype.Component;

/** What the BPMN reads from the admission tables by expression: when the trial review is due (the timer). */
@Component("admissionData")
public class AdmissionData {

    private final AdmissionQueries admissions;

    AdmissionData(AdmissionQueries admissions) {
        this.admissions = admissions;
    }

    public Date reviewDue(Long admissionId) {
        return Date.from(admissions.reviewDue(admissionId));
    }
}
