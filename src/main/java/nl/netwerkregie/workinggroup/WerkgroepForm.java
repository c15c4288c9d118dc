package nl.netwerkregie.workinggroup;

import java.time.LocalDate;

/** A new werkgroep as a coordinator enters it; start and end only for a temporary one. */
public record WerkgroepForm(String name, boolean permanent, String theme, LocalDate startDate, LocalDate endDate) {
}
